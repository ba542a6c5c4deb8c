import { beforeAll, describe, expect, it, vi } from "vitest";

// Booking reads the clinic settings through `connection()`, which needs a Next.js request around it.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));
import { bookAppointment } from "@/lib/appointments/book";
import type { Actor } from "@/lib/auth/session";
import { closePatientAccount } from "@/lib/patients/close-account";
import { exportPatientData } from "@/lib/patients/export";
import { confirmEmailChange, findUsableEmailChange, requestEmailChange } from "@/lib/users/email-change";
import { hashPassword } from "@/lib/users/password";
import { changeEmailSchema } from "@/lib/users/schemas";
import { renderStoredEmail } from "@/lib/notifications/render-email";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";
import { domainMessageOf } from "../support/domain-message";

const database = provideMigratedDatabase();
const password = "Quiet-harbour-7";
const now = new Date("2030-01-07T08:00:00Z");

beforeAll(async () => {
  await setClinic(database.db);
});

async function patientWithPassword(): Promise<Actor> {
  const actor = await makePatient(database.db);
  await database.db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(password) } });
  return actor;
}

const tokenFrom = (link: string) => link.split("/confirm-email/")[1]!;

describe("changing the email address", () => {
  it("mails a link to the new address, moves the account when it is used, and tells the old address", async () => {
    const actor = await patientWithPassword();
    const newEmail = `moved-${actor.id}@example.test`;
    await requestEmailChange(
      actor,
      changeEmailSchema.parse({ newEmail: newEmail.toUpperCase(), currentPassword: password }),
    );
    // Nothing changes until the link is used.
    expect((await database.db.user.findUniqueOrThrow({ where: { id: actor.id } })).email).toBe(actor.email);

    const sent = await database.db.outboxMessage.findFirstOrThrow({
      where: { toEmail: newEmail, kind: "account.email-change" },
    });
    const link = (sent.payload as { link: string }).link;
    const token = tokenFrom(link);
    expect(await findUsableEmailChange(token)).toEqual({ newEmail });
    expect((await renderStoredEmail(sent, { clinicName: "Test Clinic" })).html).toContain(link);

    expect(await confirmEmailChange(token)).toEqual({ newEmail });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: actor.id } })).email).toBe(newEmail);
    const told = await database.db.outboxMessage.findFirstOrThrow({
      where: { toEmail: actor.email, kind: "account.email-changed" },
    });
    expect((await renderStoredEmail(told, { clinicName: "Test Clinic" })).text).toContain(newEmail);

    expect(await domainMessageOf(confirmEmailChange(token))).toMatch(/expired or has already been used/);
    expect(await findUsableEmailChange(token)).toBeNull();
  });

  it("refuses a wrong password, the same address and one another account uses, each on its field", async () => {
    const [actor, other] = await Promise.all([patientWithPassword(), makePatient(database.db)]);
    const ask = (newEmail: string, currentPassword = password) =>
      requestEmailChange(actor, changeEmailSchema.parse({ newEmail, currentPassword })).then(
        () => null,
        (error: { field?: string }) => error.field,
      );
    expect(await ask("fresh@example.test", "wrong")).toBe("currentPassword");
    expect(await ask(actor.email)).toBe("newEmail");
    expect(await ask(other.email)).toBe("newEmail");
    expect(await database.db.emailChangeToken.count({ where: { userId: actor.id } })).toBe(0);
  });

  it("lets only the latest link work, and refuses an address taken after the link was sent", async () => {
    const [actor, late] = await Promise.all([patientWithPassword(), makePatient(database.db)]);
    const links: string[] = [];
    for (const to of [`first-${actor.id}@example.test`, `second-${actor.id}@example.test`]) {
      await requestEmailChange(actor, changeEmailSchema.parse({ newEmail: to, currentPassword: password }));
      const row = await database.db.outboxMessage.findFirstOrThrow({ where: { toEmail: to } });
      links.push((row.payload as { link: string }).link);
    }
    expect(await domainMessageOf(confirmEmailChange(tokenFrom(links[0]!)))).toMatch(/expired/);
    await database.db.user.update({ where: { id: late.id }, data: { email: `second-${actor.id}@example.test` } });
    expect(await domainMessageOf(confirmEmailChange(tokenFrom(links[1]!)))).toBe(
      "Another account already uses this email address.",
    );
    expect((await database.db.user.findUniqueOrThrow({ where: { id: actor.id } })).email).toBe(actor.email);
  });
});

describe("download my data and close my account", () => {
  it("exports the profile, every appointment and notes only on visits that took place", async () => {
    const actor = await patientWithPassword();
    const { doctorId, actor: doctor } = await makeDoctor(database.db);
    const done = await bookAppointment(actor, { doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Cough" }, now);
    const later = await bookAppointment(actor, { doctorId, start: "2030-01-09T10:00:00.000Z", reason: "Rash" }, now);
    await database.db.appointment.update({ where: { id: done.id }, data: { status: "COMPLETED" } });
    await database.db.visitNote.createMany({
      data: [
        { appointmentId: done.id, authorId: doctor.id, body: "Viral cough, fluids and rest." },
        { appointmentId: later.id, authorId: doctor.id, body: "Working note before the visit." },
      ],
    });
    const data = await exportPatientData(actor, now);
    expect(data.account.email).toBe(actor.email);
    expect(data.profile.dateOfBirth).toBe("1980-01-01");
    expect(data.appointments.map((a) => [a.reason, a.notes.map((n) => n.body)])).toEqual([
      ["Cough", ["Viral cough, fluids and rest."]],
      ["Rash", []],
    ]);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|argon2/);
    expect(await database.db.auditEvent.count({ where: { action: "user.export", actorId: actor.id } })).toBe(1);
  });

  it("cancels future visits with the usual emails, keeps past ones, and deactivates the account", async () => {
    const actor = await patientWithPassword();
    const { doctorId } = await makeDoctor(database.db);
    const past = await bookAppointment(actor, { doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Past" }, now);
    const future = await bookAppointment(actor, { doctorId, start: "2030-01-10T10:00:00.000Z", reason: "Future" }, now);
    const closeAt = new Date("2030-01-09T08:00:00Z");

    expect(await domainMessageOf(closePatientAccount(actor, { currentPassword: "wrong" }, closeAt))).toBe(
      "That is not your current password.",
    );
    expect(await closePatientAccount(actor, { currentPassword: password }, closeAt)).toEqual({ cancelled: 1 });

    const rows = await database.db.appointment.findMany({
      where: { id: { in: [past.id, future.id] } },
      select: { id: true, status: true, cancellationReason: true },
    });
    expect(rows.find((r) => r.id === future.id)).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "The patient closed their account.",
    });
    expect(rows.find((r) => r.id === past.id)?.status).toBe("CONFIRMED");
    expect(
      await database.db.outboxMessage.count({ where: { appointmentId: future.id, kind: "appointment.cancelled" } }),
    ).toBeGreaterThan(0);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: actor.id } })).active).toBe(false);
    const notice = await database.db.outboxMessage.findFirstOrThrow({
      where: { toEmail: actor.email, kind: "account.closed" },
    });
    expect((await renderStoredEmail(notice, { clinicName: "Test Clinic" })).text).toContain(
      "Your one upcoming visit is cancelled.",
    );
    // The records stay.
    expect(await database.db.patientProfile.count({ where: { id: actor.patientId! } })).toBe(1);
  });
});
