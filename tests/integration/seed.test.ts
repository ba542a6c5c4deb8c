import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/create-client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoClinic } from "@/lib/seed/demo-clinic";
import { AppointmentStatus, Role } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/users/password";
import { provideMigratedDatabase } from "../support/test-database";

const state = provideMigratedDatabase();
const LIVE = [AppointmentStatus.PENDING, AppointmentStatus.CONFIRMED];

/** Pairs of live appointments sharing a doctor or a patient whose times intersect. */
async function overlappingPairs(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM appointments a JOIN appointments b
      ON a.id < b.id AND (a.doctor_id = b.doctor_id OR a.patient_id = b.patient_id)
     AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
    WHERE a.status IN ('PENDING', 'CONFIRMED') AND b.status IN ('PENDING', 'CONFIRMED')`;
  return row!.n;
}

/**
 * Every appointment lies inside one of its doctor's working intervals on that local weekday, lasts
 * one slot, misses holidays and leave, and its status fits the clock at `now`.
 */
async function expectSensiblyPlaced(db: Db, now: Date) {
  const { timeZone } = await db.clinicSettings.findUniqueOrThrow({ where: { id: 1 } });
  const holidays = new Set((await db.holiday.findMany()).map((h) => h.date.toISOString().slice(0, 10)));
  const appointments = await db.appointment.findMany({
    include: { doctor: { include: { workingHours: true, leaves: true } } },
  });
  expect(appointments.length).toBeGreaterThan(8);
  for (const a of appointments) {
    const local = Temporal.Instant.fromEpochMilliseconds(a.startsAt.getTime()).toZonedDateTimeISO(timeZone);
    const minute = local.hour * 60 + local.minute;
    const label = `${a.reason} at ${local.toString()}`;
    expect(a.endsAt.getTime() - a.startsAt.getTime(), label).toBe(a.doctor.slotMinutes * 60_000);
    const within = a.doctor.workingHours.some(
      (h) => h.weekday === local.dayOfWeek && h.startMinute <= minute && minute + a.doctor.slotMinutes <= h.endMinute,
    );
    expect(within, label).toBe(true);
    expect(holidays.has(local.toPlainDate().toString()), label).toBe(false);
    expect(
      a.doctor.leaves.some((l) => l.startsAt < a.endsAt && a.startsAt < l.endsAt),
      label,
    ).toBe(false);
    if (a.endsAt <= now) expect(LIVE, label).not.toContain(a.status);
    if (a.startsAt > now) expect([...LIVE, AppointmentStatus.CANCELLED], label).toContain(a.status);
  }
  expect(await overlappingPairs(db)).toBe(0);
}

async function janesAppointments(db: Db, now: Date) {
  const jane = await db.patientProfile.findFirstOrThrow({ where: { user: { email: "jane.doe@example.test" } } });
  const all = await db.appointment.findMany({ where: { patientId: jane.id }, include: { notes: true } });
  return {
    upcoming: all.filter((a) => a.startsAt > now && LIVE.includes(a.status as (typeof LIVE)[number])),
    past: all.filter((a) => a.endsAt <= now),
  };
}

describe("the demo clinic seed", () => {
  const now = new Date();

  it("seeds a fresh database", async () => {
    const db = state.db;
    expect(await seedDemoClinic(db, now)).toEqual({ seeded: true });

    expect(await db.user.count({ where: { role: Role.ADMIN } })).toBe(1);
    const doctors = await db.doctorProfile.findMany({ include: { workingHours: true } });
    expect(doctors.length).toBeGreaterThanOrEqual(4);
    expect(new Set(doctors.map((d) => d.specialtyId)).size).toBeGreaterThanOrEqual(3);
    expect(doctors.every((d) => d.workingHours.length > 0 && d.acceptingPatients)).toBe(true);
    expect(
      await db.user.count({ where: { role: Role.PATIENT, active: true, patient: { isNot: null } } }),
    ).toBeGreaterThanOrEqual(2);

    const jane = await janesAppointments(db, now);
    expect(jane.upcoming.length).toBeGreaterThanOrEqual(2);
    expect(jane.upcoming.map((a) => a.status)).toContain(AppointmentStatus.PENDING);
    expect(jane.past.some((a) => a.status === AppointmentStatus.COMPLETED && a.notes.length > 0)).toBe(true);
    expect(
      jane.past.some((a) => a.status === AppointmentStatus.CANCELLED && a.cancellationReason && a.cancelledById),
    ).toBe(true);
    await expectSensiblyPlaced(db, now);
  });

  it("does nothing the second time", async () => {
    const users = await state.db.user.count();
    const appointments = await state.db.appointment.count();
    expect(await seedDemoClinic(state.db, now)).toEqual({ seeded: false });
    expect(await state.db.user.count()).toBe(users);
    expect(await state.db.appointment.count()).toBe(appointments);
  });

  it("creates every demo account with the demo password", async () => {
    const users = await state.db.user.findMany();
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email);
      expect(user, account.email).toMatchObject({ role: account.role, name: account.name, active: account.active });
      expect(await verifyPassword(user!.passwordHash!, DEMO_PASSWORD), account.email).toBe(true);
    }
    expect(DEMO_ACCOUNTS.filter((a) => !a.active).map((a) => a.email)).toEqual(["former.patient@example.test"]);
  });

  // Same database, emptied between runs: a new one per case costs seconds on PGlite.
  it.each([
    ["a Saturday", "2026-05-16T10:00:00Z"],
    ["a Monday at 08:00 local time", "2026-06-01T07:00:00Z"],
    ["a Friday afternoon before the spring DST change", "2026-03-27T16:30:00Z"],
    ["the Saturday before the autumn DST change", "2026-10-24T12:00:00Z"],
    ["the last weekday of a month (leave starts next Monday)", "2026-01-30T13:05:00Z"],
    ["New Year's Eve, late at night", "2026-12-31T23:30:00Z"],
  ])("places appointments sensibly when run on %s", async (_, iso) => {
    const db = state.db;
    const at = new Date(iso);
    await db.$executeRawUnsafe("TRUNCATE clinic_settings, specialties, users, holidays CASCADE");
    expect(await seedDemoClinic(db, at)).toEqual({ seeded: true });
    await expectSensiblyPlaced(db, at);
    const jane = await janesAppointments(db, at);
    expect(jane.upcoming.length).toBeGreaterThanOrEqual(2);
    expect(jane.past.length).toBeGreaterThanOrEqual(2);
  });

  it("lets exactly one of two simultaneous seeds through", async () => {
    const db = state.db;
    await db.$executeRawUnsafe("TRUNCATE clinic_settings, specialties, users, holidays CASCADE");
    const results = await Promise.all([seedDemoClinic(db, now), seedDemoClinic(db, now)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length);
  });

  it("fills today for the doctors who are in", async () => {
    // Monday 08:00 local: nobody has been seen yet, so today's list is all still to come.
    const db = state.db;
    const at = new Date("2026-06-01T07:00:00Z");
    await db.$executeRawUnsafe("TRUNCATE clinic_settings, specialties, users, holidays CASCADE");
    await seedDemoClinic(db, at);
    const today = await db.appointment.findMany({
      where: { startsAt: { gte: at, lt: new Date("2026-06-01T23:00:00Z") } },
      include: { doctor: true },
    });
    expect(new Set(today.map((a) => a.doctorId)).size).toBe(5);
    expect(today.every((a) => a.status === AppointmentStatus.CONFIRMED)).toBe(true);
  });
});
