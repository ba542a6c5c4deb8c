import pg from "pg";
import { inEnglish } from "@/lib/i18n/english";
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import { DomainError } from "@/lib/errors/domain-error";
import { findOfferedSlot, nearestFreeSlots } from "@/lib/availability/service";
import { getSchedulingSettings } from "@/lib/settings/queries";
import type { Actor } from "@/lib/auth/session";
import { ownClashMessage } from "@/lib/appointments/own-clash";
import { domainMessageOf } from "../support/domain-message";
import { countLockWaits } from "../support/lock-waits";
import { provideMigratedDatabase, usingRealPostgres } from "../support/test-database";
import {
  countDoctorOverlaps,
  countPatientOverlaps,
  makeDoctor,
  makePatient,
  setClinic,
} from "../support/clinic-fixtures";

const database = provideMigratedDatabase();

// A fixed "now" keeps slot arithmetic exact: Monday 2030-01-07 08:00 UTC, clinic in UTC.
const now = new Date("2030-01-07T08:00:00Z");
const at = (iso: string) => `2030-01-${iso}:00.000Z`;

beforeAll(async () => {
  await setClinic(database.db);
});

describe("booking", () => {
  it("offers nothing outside the calendar (year 0 from a crafted link) and suggests times near now", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const settings = await getSchedulingSettings();
    const yearZero = new Date("0000-06-01T10:00:00Z");
    expect(await findOfferedSlot(doctorId, settings, now, yearZero, { purpose: "new" })).toBeNull();
    const nearest = await nearestFreeSlots(doctorId, settings, now, yearZero, { purpose: "new" });
    expect(nearest.length).toBeGreaterThan(0);
    expect(nearest.every((s) => s.start >= now)).toBe(true);
  });

  it("books an offered slot as CONFIRMED with the doctor's slot length", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(patient, { doctorId, start: at("07T10:00"), reason: "Check-up" }, now);
    const row = await database.db.appointment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "CONFIRMED",
      patientId: patient.patientId,
      startsAt: new Date(at("07T10:00")),
      endsAt: new Date(at("07T10:30")),
    });
  });

  it("books as PENDING when the clinic wants the doctor's confirmation", async () => {
    await setClinic(database.db, { requireDoctorConfirmation: true });
    try {
      const { doctorId } = await makeDoctor(database.db);
      const { id } = await bookAppointment(
        await makePatient(database.db),
        { doctorId, start: at("07T11:00"), reason: "Rash" },
        now,
      );
      expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    } finally {
      await setClinic(database.db);
    }
  });

  it.each([
    ["off the slot grid", at("07T10:10")],
    ["outside working hours", at("07T18:00")],
    ["inside the minimum notice", at("07T08:30")],
    ["in the past", at("06T10:00")],
    ["beyond the booking window", "2030-03-01T10:00:00.000Z"],
  ])("refuses a time %s, with nearby free times", async (_, start) => {
    const { doctorId } = await makeDoctor(database.db);
    const attempt = bookAppointment(await makePatient(database.db), { doctorId, start, reason: "Check-up" }, now);
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ message: expect.stringMatching(/^That time is not available/) });
  });

  it("refuses a doctor who is not taking new patients", async () => {
    const { doctorId } = await makeDoctor(database.db, { acceptingPatients: false });
    expect(
      await domainMessageOf(
        bookAppointment(await makePatient(database.db), { doctorId, start: at("07T10:00"), reason: "x-ray" }, now),
      ),
    ).toMatch(/not available/);
  });

  it("refuses a patient who already has a visit at that time, with another doctor", async () => {
    const patient = await makePatient(database.db);
    const [a, b] = [await makeDoctor(database.db), await makeDoctor(database.db)];
    await bookAppointment(patient, { doctorId: a.doctorId, start: at("08T10:00"), reason: "First" }, now);
    expect(
      await domainMessageOf(
        bookAppointment(patient, { doctorId: b.doctorId, start: at("08T10:00"), reason: "Second" }, now),
      ),
    ).toMatch(/already have an appointment/);
  });

  it("lets exactly 1 of 50 concurrent bookings of one slot through; 49 are told it was just taken", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const patients: Actor[] = [];
    for (let i = 0; i < 50; i++) patients.push(await makePatient(database.db));
    const outcomes = await Promise.all(
      patients.map((p) =>
        domainMessageOf(bookAppointment(p, { doctorId, start: at("09T14:00"), reason: "Race" }, now)),
      ),
    );
    const winners = outcomes.filter((m) => m === null);
    const losers = outcomes.filter((m) => m !== null);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const message of losers) expect(message).toBe("That time was just taken — here are the nearest free times.");
    expect(await database.db.appointment.count({ where: { doctorId, status: { in: ["PENDING", "CONFIRMED"] } } })).toBe(
      1,
    );
    expect(await countDoctorOverlaps(database.db)).toBe(0);
  });

  // PGlite serves one connection at a time, so two transactions can never wait for each other there.
  it.runIf(usingRealPostgres())(
    "runs a booking again when PostgreSQL picks it as a deadlock victim, then explains the clash",
    async () => {
      const [doctor, otherDoctor] = await Promise.all([makeDoctor(database.db), makeDoctor(database.db)]);
      const [patient, rival] = await Promise.all([makePatient(database.db), makePatient(database.db)]);
      const start = new Date(at("08T11:00"));
      const end = new Date(start.getTime() + 30 * 60_000);
      const insert =
        "INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, status, reason, fee_cents, updated_at) " +
        "VALUES ($1, $2, $3, $4, 'CONFIRMED', 'rival', 0, now())";
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      try {
        // Another transaction (the patient booking elsewhere at once) holds the patient's 11:00,
        // uncommitted: the booking inserts its row for the doctor, then waits on the patient's...
        await other.query("BEGIN");
        await other.query(insert, [patient.patientId, otherDoctor.doctorId, start, end]);
        const booking = domainMessageOf(
          bookAppointment(patient, { doctorId: doctor.doctorId, start: start.toISOString(), reason: "Victim" }, now),
        );
        await expect.poll(() => countLockWaits(database.db), { timeout: 10_000 }).toBeGreaterThan(0);
        // ...while the other then wants the doctor's 11:00 and waits on the booking: a cycle PostgreSQL breaks.
        const second = other.query(insert, [rival.patientId, doctor.doctorId, start, end]).then(
          () => "inserted",
          (e: { code?: string }) => e.code,
        );
        const secondOutcome = await second;
        await other.query(secondOutcome === "inserted" ? "COMMIT" : "ROLLBACK");
        const message = await booking;
        if (secondOutcome === "inserted") expect(message).toBe(inEnglish(ownClashMessage));
        else expect(message).toBeNull(); // PostgreSQL chose the other transaction; the booking went ahead
      } finally {
        await other.end();
      }
      expect(await countDoctorOverlaps(database.db)).toBe(0);
      expect(await countPatientOverlaps(database.db)).toBe(0);
    },
  );

  it("answers every booking in a crowd racing over doctors and own bookings, never with a raw DB error", async () => {
    // Racing inserts on two exclusion constraints can deadlock in PostgreSQL; the victim is run
    // again and then told the time was taken, instead of failing with the database's error.
    const doctors = await Promise.all([0, 1, 2].map(() => makeDoctor(database.db)));
    const patients: Actor[] = [];
    for (let i = 0; i < 12; i++) patients.push(await makePatient(database.db));
    const times = ["08T09:00", "08T09:30", "08T10:00"];
    const attempts = patients.flatMap((patient, p) =>
      doctors.flatMap((doctor, d) =>
        times.filter((_, t) => (p + d + t) % 2 === 0).map((time) => ({ patient, doctorId: doctor.doctorId, time })),
      ),
    );
    const outcomes = await Promise.all(
      attempts.map((a) =>
        domainMessageOf(bookAppointment(a.patient, { doctorId: a.doctorId, start: at(a.time), reason: "Crowd" }, now)),
      ),
    );
    const booked = outcomes.filter((m) => m === null).length;
    expect(booked).toBeGreaterThan(0);
    expect(booked).toBeLessThanOrEqual(doctors.length * times.length);
    expect(await database.db.appointment.count({ where: { reason: "Crowd" } })).toBe(booked);
    expect(await countDoctorOverlaps(database.db)).toBe(0);
    expect(await countPatientOverlaps(database.db)).toBe(0);
  });
});

describe("rescheduling and cancelling", () => {
  it("moves an appointment to a free slot and bumps its sequence", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(patient, { doctorId, start: at("10T10:00"), reason: "Move me" }, now);
    await rescheduleAppointment(patient, { appointmentId: id, start: at("10T15:30") }, now);
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      startsAt: new Date(at("10T15:30")),
      sequence: 1,
      status: "CONFIRMED",
    });
  });

  it("may move into its own old time's neighbourhood (its own time is not busy)", async () => {
    const { doctorId } = await makeDoctor(database.db, { slotMinutes: 60 });
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(patient, { doctorId, start: at("11T10:00"), reason: "Shift" }, now);
    await rescheduleAppointment(patient, { appointmentId: id, start: at("11T11:00") }, now);
    await rescheduleAppointment(patient, { appointmentId: id, start: at("11T10:00") }, now);
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).sequence).toBe(2);
  });

  it("keeps the old time when the new one is taken", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const [p1, p2] = [await makePatient(database.db), await makePatient(database.db)];
    const { id } = await bookAppointment(p1, { doctorId, start: at("14T10:00"), reason: "Mine" }, now);
    await bookAppointment(p2, { doctorId, start: at("14T11:00"), reason: "Theirs" }, now);
    expect(await domainMessageOf(rescheduleAppointment(p1, { appointmentId: id, start: at("14T11:00") }, now))).toMatch(
      /not available/,
    );
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).startsAt).toEqual(
      new Date(at("14T10:00")),
    );
  });

  it("cancels before the cut-off, records who and why, and frees the time", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const [p1, p2] = [await makePatient(database.db), await makePatient(database.db)];
    const { id } = await bookAppointment(p1, { doctorId, start: at("15T10:00"), reason: "Later" }, now);
    await cancelAppointment(p1, { appointmentId: id, reason: "Feeling better" }, now);
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "Feeling better",
      cancelledById: p1.id,
    });
    await bookAppointment(p2, { doctorId, start: at("15T10:00"), reason: "Freed" }, now);
  });

  it("refuses a patient's cancel or move after the cut-off, saying why", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(patient, { doctorId, start: at("07T15:00"), reason: "Soon" }, now);
    expect(await domainMessageOf(cancelAppointment(patient, { appointmentId: id, reason: "Too late" }, now))).toMatch(
      /24 hours/,
    );
    expect(
      await domainMessageOf(rescheduleAppointment(patient, { appointmentId: id, start: at("20T10:00") }, now)),
    ).toMatch(/24 hours/);
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
  });

  it("does not let a patient touch another patient's appointment", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const [owner, intruder] = [await makePatient(database.db), await makePatient(database.db)];
    const { id } = await bookAppointment(owner, { doctorId, start: at("16T10:00"), reason: "Private" }, now);
    expect(await domainMessageOf(cancelAppointment(intruder, { appointmentId: id, reason: "Forged" }, now))).toBe(
      "We could not find that appointment.",
    );
    expect(
      await domainMessageOf(rescheduleAppointment(intruder, { appointmentId: id, start: at("16T12:00") }, now)),
    ).toBe("We could not find that appointment.");
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
  });
});

describe("emails written with the change", () => {
  const outboxOf = (appointmentId: string) =>
    database.db.outboxMessage.findMany({
      where: { appointmentId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, toEmail: true, idempotencyKey: true, status: true },
    });

  it("book, move and cancel each write the patient's and the doctor's email in the same transaction", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const doctorEmail = (
      await database.db.doctorProfile.findUniqueOrThrow({
        where: { id: doctorId },
        select: { user: { select: { email: true } } },
      })
    ).user.email;
    const { id } = await bookAppointment(patient, { doctorId, start: at("17T10:00"), reason: "Outbox" }, now);
    await rescheduleAppointment(patient, { appointmentId: id, start: at("17T11:00") }, now);
    await cancelAppointment(patient, { appointmentId: id, reason: "Outbox done" }, now);
    const rows = await outboxOf(id);
    expect(
      rows.map((r) => [
        r.kind,
        r.toEmail === patient.email ? "patient" : r.toEmail === doctorEmail ? "doctor" : r.toEmail,
      ]),
    ).toEqual([
      ["appointment.booked", "patient"],
      ["appointment.booked", "doctor"],
      ["appointment.rescheduled", "patient"],
      ["appointment.rescheduled", "doctor"],
      ["appointment.cancelled", "patient"],
      ["appointment.cancelled", "doctor"],
    ]);
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(rows.length);
    expect(rows.every((r) => r.status === "PENDING")).toBe(true);
  });

  it("writes no email when the booking loses the race", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const [p1, p2] = [await makePatient(database.db), await makePatient(database.db)];
    const outcomes = await Promise.all(
      [p1, p2].map((p) =>
        domainMessageOf(bookAppointment(p, { doctorId, start: at("18T10:00"), reason: "Race" }, now)),
      ),
    );
    expect(outcomes.filter((m) => m === null)).toHaveLength(1);
    const booked = await database.db.appointment.findMany({ where: { doctorId }, select: { id: true } });
    expect(booked).toHaveLength(1);
    const emails = await database.db.outboxMessage.count({ where: { toEmail: { in: [p1.email, p2.email] } } });
    expect(emails).toBe(1);
  });
});
