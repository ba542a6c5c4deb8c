import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { bookAppointment } from "@/lib/appointments/book";
import { FieldErrorsError } from "@/lib/errors/domain-error";
import { scheduleChangeState } from "@/lib/doctors/schedule-change-state";
import { hoursFormSchema } from "@/lib/doctors/schemas";
import { saveWorkingHours } from "@/lib/doctors/working-hours";
import { provideMigratedDatabase } from "../support/test-database";
import { inEnglishState } from "../support/form-state";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
// Monday 2030-01-07 08:00 UTC; the clinic is in UTC so wall times equal UTC times.
const now = new Date("2030-01-07T08:00:00Z");

/** Every day 13:00–17:00: a Tuesday 10:00 visit falls outside. */
const afternoons = JSON.stringify(
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 780, endMinute: 1020 })),
);
const form = (doctorId: string, extra: Record<string, string> = {}) =>
  hoursFormSchema.parse({
    doctorId,
    intervals: afternoons,
    slotMinutes: "30",
    bufferBeforeMin: "0",
    bufferAfterMin: "5",
    ...extra,
  });

async function doctorWithMorningVisit() {
  const doctor = await makeDoctor(database.db);
  const patient = await makePatient(database.db);
  const { id } = await bookAppointment(
    patient,
    { doctorId: doctor.doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Check-up" },
    now,
  );
  return { ...doctor, patient, appointmentId: id };
}

/** The service's result as the form shows it (the actions map it the same way). */
const saveHours = async (actor: Actor, input: ReturnType<typeof form>) =>
  inEnglishState(scheduleChangeState(await saveWorkingHours(actor, input, now), "hours"));

const hoursOf = (doctorId: string) =>
  database.db.workingHours.findMany({
    where: { doctorId },
    orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
    select: { weekday: true, startMinute: true, endMinute: true },
  });

let admin: Actor;
beforeAll(async () => {
  await setClinic(database.db);
  const user = await database.db.user.create({
    data: { email: `admin-${randomUUID()}@clinic.test`, name: "Admin", role: "ADMIN" },
  });
  admin = { id: user.id, email: user.email, name: user.name, role: "ADMIN", patientId: null, doctorId: null };
});

describe("saving weekly hours", () => {
  it("returns errors keyed by field and saves nothing when the hours are invalid", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const overlapping = JSON.stringify([
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 1, startMinute: 700, endMinute: 800 },
      { weekday: 2, startMinute: 600, endMinute: 540 },
    ]);
    const refusal = await saveWorkingHours(
      actor,
      form(doctorId, { intervals: overlapping, slotMinutes: "7" }),
      now,
    ).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(FieldErrorsError);
    const errors = (refusal as FieldErrorsError).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["intervals.1.startMinute", "intervals.2.endMinute", "slotMinutes"]);
    expect(await hoursOf(doctorId)).toHaveLength(7); // unchanged
  });

  it("lists the appointments the new hours would strand and changes nothing until the doctor decides", async () => {
    const { doctorId, actor, appointmentId } = await doctorWithMorningVisit();
    const result = await saveWorkingHours(actor, form(doctorId), now);
    expect(result).toMatchObject({
      outcome: "needs-decision",
      reasonMissing: false,
      stranded: [{ id: appointmentId, patientName: "Pat Test" }],
    });
    const shown = inEnglishState(scheduleChangeState(result, "hours"));
    expect(shown).toMatchObject({
      status: "error",
      fieldErrors: { strandedChoice: [expect.stringMatching(/^1 upcoming appointment would fall outside/)] },
    });
    expect(shown.status === "error" ? shown.affected : []).toEqual([
      { id: appointmentId, label: "Tue, 8 Jan 2030, 10:00 — Pat Test" },
    ]);
    expect((await hoursOf(doctorId))[0]).toEqual({ weekday: 1, startMinute: 540, endMinute: 1020 });
  });

  it("keeps the stranded appointment when the doctor chooses so, and saves the new hours", async () => {
    const { doctorId, actor, appointmentId } = await doctorWithMorningVisit();
    const result = await saveHours(actor, form(doctorId, { strandedChoice: "keep", acknowledged: appointmentId }));
    expect(result).toEqual({
      status: "success",
      message: "Working hours saved. 1 appointment was kept outside the working hours.",
    });
    expect(await hoursOf(doctorId)).toEqual(JSON.parse(afternoons));
    expect(
      await database.db.doctorProfile.findUniqueOrThrow({
        where: { id: doctorId },
        select: { slotMinutes: true, bufferAfterMin: true },
      }),
    ).toEqual({ slotMinutes: 30, bufferAfterMin: 5 });
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).status).toBe(
      "CONFIRMED",
    );
    expect(
      await database.db.auditEvent.count({
        where: { action: "doctor.hours.update", entityId: doctorId, actorId: actor.id },
      }),
    ).toBe(1);
  });

  it("cancels the stranded appointment with the reason and emails the patient in the same transaction", async () => {
    const { doctorId, actor, patient, appointmentId } = await doctorWithMorningVisit();
    const input = form(doctorId, {
      strandedChoice: "cancel",
      cancelReason: "Clinic mornings are closing",
      acknowledged: appointmentId,
    });
    expect(await saveHours(actor, input)).toMatchObject({ status: "success" });
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "Clinic mornings are closing",
      cancelledById: actor.id,
    });
    const emails = await database.db.outboxMessage.findMany({
      where: { appointmentId, kind: "appointment.cancelled" },
      select: { toEmail: true },
    });
    expect(emails).toEqual([{ toEmail: patient.email }]); // the doctor did it, so only the patient hears
  });

  it("asks again when an appointment the doctor was not shown would be stranded", async () => {
    const { doctorId, actor, appointmentId } = await doctorWithMorningVisit();
    const input = form(doctorId, {
      strandedChoice: "cancel",
      cancelReason: "Closing mornings",
      acknowledged: randomUUID(),
    });
    expect(await saveHours(actor, input)).toMatchObject({
      status: "error",
      affected: [expect.objectContaining({ id: appointmentId })],
    });
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("requires a reason to cancel, and lists the appointments again with that message", async () => {
    const { doctorId, actor, appointmentId } = await doctorWithMorningVisit();
    const result = await saveHours(
      actor,
      form(doctorId, { strandedChoice: "cancel", cancelReason: " ", acknowledged: appointmentId }),
    );
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { cancelReason: ["Tell the patients briefly why (at least 3 characters)."] },
      affected: [expect.objectContaining({ id: appointmentId })],
    });
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("lets an admin set any doctor's hours, but not another doctor", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const { actor: otherDoctor } = await makeDoctor(database.db);
    await expect(saveWorkingHours(otherDoctor, form(doctorId), now)).rejects.toThrow("We could not find that doctor.");
    expect(await hoursOf(doctorId)).toHaveLength(7);
    expect(await saveWorkingHours(admin, form(doctorId), now)).toMatchObject({ outcome: "saved" });
    expect(await hoursOf(doctorId)).toEqual(JSON.parse(afternoons));
  });
});
