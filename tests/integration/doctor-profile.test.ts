import { inEnglish } from "@/lib/i18n/english";
import { beforeAll, describe, expect, it, vi } from "vitest";

// The route handler runs here without a Next.js request around it; `connection()` needs one.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));
import { bookAppointment } from "@/lib/appointments/book";
import { getFreeSlots } from "@/lib/availability/service";
import { DomainError } from "@/lib/errors/domain-error";
import type { Actor } from "@/lib/auth/session";
import { findDoctorByFeedToken, regenerateCalendarToken } from "@/lib/doctors/calendar-feed";
import { getMonthlyPerformance } from "@/lib/reports/queries";
import { updateDoctorProfile } from "@/lib/doctors/profile";
import { profileFormSchema } from "@/lib/doctors/schemas";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z");

const feed = (token: string) =>
  calendarFeed(new Request(`http://localhost/api/calendar/${token}.ics`), {
    params: Promise.resolve({ token: `${token}.ics` }),
  });

beforeAll(async () => {
  await setClinic(database.db);
});

describe("professional profile", () => {
  const profile = async (doctorId: string, extra: Record<string, string> = {}) => {
    const specialty = await database.db.specialty.findFirstOrThrow();
    return profileFormSchema.parse({
      doctorId,
      specialtyId: specialty.id,
      licenseNumber: `L-${doctorId.slice(0, 8)}`,
      yearsOfExperience: "12",
      fee: "62.50",
      location: "Room 3",
      bio: "",
      ...extra,
    });
  };

  it("saves the fee in pence and stops new bookings when not accepting, keeping existing ones", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const { id } = await bookAppointment(
      await makePatient(database.db),
      { doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Check" },
      now,
    );
    await updateDoctorProfile(actor, await profile(doctorId)); // checkbox absent: not accepting
    expect(
      await database.db.doctorProfile.findUniqueOrThrow({
        where: { id: doctorId },
        select: { feeCents: true, acceptingPatients: true, bio: true },
      }),
    ).toEqual({ feeCents: 6250, acceptingPatients: false, bio: null });
    const week = { start: now, end: new Date("2030-01-14T00:00:00Z") };
    const settings = await getSchedulingSettings();
    expect(await getFreeSlots(doctorId, settings, now, week, { purpose: "new" })).toEqual([]);
    expect((await getFreeSlots(doctorId, settings, now, week, { purpose: "move" })).length).toBeGreaterThan(0);
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
  });

  it("lets an administrator change any doctor's fee; booked visits keep the fee they were booked at", async () => {
    const { doctorId } = await makeDoctor(database.db);
    await database.db.doctorProfile.update({ where: { id: doctorId }, data: { feeCents: 5000 } });
    const { id } = await bookAppointment(
      await makePatient(database.db),
      { doctorId, start: "2030-01-08T11:00:00.000Z", reason: "Check" },
      now,
    );
    const admin: Actor = {
      id: (await database.db.user.create({ data: { email: `admin-${id}@clinic.test`, name: "Admin", role: "ADMIN" } }))
        .id,
      email: "",
      name: "Admin",
      role: "ADMIN",
      patientId: null,
      doctorId: null,
    };
    await updateDoctorProfile(admin, await profile(doctorId, { fee: "80", acceptingPatients: "on" }));
    expect((await database.db.doctorProfile.findUniqueOrThrow({ where: { id: doctorId } })).feeCents).toBe(8000);
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).feeCents).toBe(5000);
    const { id: later } = await bookAppointment(
      await makePatient(database.db),
      { doctorId, start: "2030-01-08T12:00:00.000Z", reason: "Check" },
      now,
    );
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id: later } })).feeCents).toBe(8000);
  });

  it("tells an administrator when the doctor does not exist, instead of failing", async () => {
    const admin: Actor = {
      id: (
        await database.db.user.create({
          data: { email: `admin-${Date.now()}@clinic.test`, name: "Admin", role: "ADMIN" },
        })
      ).id,
      email: "",
      name: "Admin",
      role: "ADMIN",
      patientId: null,
      doctorId: null,
    };
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(updateDoctorProfile(admin, await profile(missing, { acceptingPatients: "on" }))).rejects.toEqual(
      new DomainError("errors.doctors.noDoctor"),
    );
    await expect(regenerateCalendarToken(admin, missing)).rejects.toEqual(new DomainError("errors.doctors.noDoctor"));
  });

  it("says so next to the field when the licence number belongs to another doctor", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const { doctorId: otherId } = await makeDoctor(database.db);
    const taken = (await database.db.doctorProfile.findUniqueOrThrow({ where: { id: otherId } })).licenseNumber;
    await expect(
      updateDoctorProfile(actor, await profile(doctorId, { licenseNumber: taken, acceptingPatients: "on" })),
    ).rejects.toEqual(new DomainError("errors.doctors.licenceTaken", "licenseNumber"));
  });

  it("refuses a fee that is not an amount", () => {
    const issue = profileFormSchema.safeParse({ fee: "sixty" }).error?.issues.find((i) => i.path[0] === "fee");
    expect(inEnglish(issue?.message ?? "")).toBe("Enter an amount such as 60 or 62.50.");
  });
});

describe("calendar feed", () => {
  it("serves the doctor's appointments with initials only, and regenerating revokes the old link", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    await bookAppointment(
      await makePatient(database.db),
      { doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Private reason" },
      now,
    );
    const first = await regenerateCalendarToken(actor, doctorId);
    const stored = (await database.db.doctorProfile.findUniqueOrThrow({ where: { id: doctorId } })).calendarToken;
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(first);

    // The feed lists appointments around the real "now", so this visit (in 2030) is beyond it; move it close.
    await database.db.appointment.updateMany({
      where: { doctorId },
      data: { startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 86_400_000 + 1_800_000) },
    });
    const response = await feed(first);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).toContain("SUMMARY:Patient P. T. (confirmed)");
    expect(body).not.toMatch(/Pat Test|Private reason/);

    const second = await regenerateCalendarToken(actor, doctorId);
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);
    expect((await feed("not-a-token")).status).toBe(404);
  });

  it("finds no doctor for a deactivated account's token", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const token = await regenerateCalendarToken(actor, doctorId);
    await database.db.user.update({ where: { id: actor.id }, data: { active: false } });
    expect(await findDoctorByFeedToken(token)).toBeNull();
  });
});

describe("monthly performance", () => {
  it("counts the doctor's month by status with the fees completed visits were booked at", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const patientId = (await makePatient(database.db)).patientId!;
    const visit = (day: number, status: "COMPLETED" | "NO_SHOW" | "CANCELLED" | "REJECTED", feeCents = 5000) => ({
      patientId,
      doctorId,
      status,
      reason: "Visit",
      feeCents,
      startsAt: new Date(Date.UTC(2030, 2, day, 10)),
      endsAt: new Date(Date.UTC(2030, 2, day, 10, 30)),
    });
    // The fee went up between the two completed visits, and again since: each counts at its own price.
    await database.db.appointment.createMany({
      data: [
        visit(3, "COMPLETED", 4500),
        visit(4, "COMPLETED"),
        visit(5, "NO_SHOW"),
        visit(6, "CANCELLED"),
        visit(7, "REJECTED"),
      ],
    });
    await database.db.doctorProfile.update({ where: { id: doctorId }, data: { feeCents: 8000 } });
    const march = { start: new Date("2030-03-01T00:00:00Z"), end: new Date("2030-04-01T00:00:00Z") };
    expect(await getMonthlyPerformance(actor, doctorId, march)).toEqual({
      booked: 4,
      completed: 2,
      cancelled: 1,
      noShows: 1,
      noShowRate: 1 / 3,
      revenueCents: 9500,
    });
  });

  it("is the doctor's own: another doctor's month is refused", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const other = (await makeDoctor(database.db)).actor;
    const march = { start: new Date("2030-03-01T00:00:00Z"), end: new Date("2030-04-01T00:00:00Z") };
    await expect(getMonthlyPerformance(other, doctorId, march)).rejects.toThrow("We could not find that doctor.");
  });
});
