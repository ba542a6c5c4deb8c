// A booking and a change of the doctor's hours at the same moment, on real PostgreSQL: whichever
// commits first, the other sees it (lib/doctors/schedule-lock.ts). PGlite serves one connection at
// a time, so two transactions can never be in flight together there.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { hoursFormSchema } from "@/lib/doctors/schemas";
import { saveWorkingHours } from "@/lib/doctors/working-hours";
import { domainMessageOf } from "../support/domain-message";
import { countLockWaits } from "../support/lock-waits";
import { provideMigratedDatabase, usingRealPostgres } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z"); // Monday; the clinic is in UTC
const tuesdayTen = "2030-01-08T10:00:00.000Z";
const afternoons = JSON.stringify(
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 780, endMinute: 1020 })),
);

async function withConnection<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await setClinic(database.db);
});

describe.runIf(usingRealPostgres())("a booking racing a change of the doctor's hours", () => {
  it("waits for hours being saved and is then refused, since the new hours no longer offer the time", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    await withConnection(async (change) => {
      // The doctor's save, caught mid-transaction: the row is locked and the mornings are gone.
      await change.query("BEGIN");
      await change.query("SELECT id FROM doctor_profiles WHERE id = $1 FOR UPDATE", [doctorId]);
      await change.query("UPDATE working_hours SET start_minute = 780 WHERE doctor_id = $1", [doctorId]);
      const booking = domainMessageOf(bookAppointment(patient, { doctorId, start: tuesdayTen, reason: "Race" }, now));
      await expect.poll(() => countLockWaits(database.db), { timeout: 10_000 }).toBeGreaterThan(0);
      await change.query("COMMIT");
      expect(await booking).toMatch(/^That time is not available/);
    });
    expect(await database.db.appointment.count({ where: { doctorId } })).toBe(0);
  });

  it("makes hours being saved wait for a booking in flight, and then lists it as stranded", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    await withConnection(async (booking) => {
      // A booking caught mid-transaction: it holds the doctor's schedule and has written its row.
      await booking.query("BEGIN");
      await booking.query("SELECT fee_cents FROM doctor_profiles WHERE id = $1 FOR KEY SHARE", [doctorId]);
      await booking.query(
        "INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, status, reason, fee_cents, updated_at) " +
          "VALUES ($1, $2, $3, $4, 'CONFIRMED', 'In flight', 0, now())",
        [patient.patientId, doctorId, tuesdayTen, "2030-01-08T10:30:00.000Z"],
      );
      const save = saveWorkingHours(
        actor,
        hoursFormSchema.parse({
          doctorId,
          intervals: afternoons,
          slotMinutes: "30",
          bufferBeforeMin: "0",
          bufferAfterMin: "0",
        }),
        now,
      );
      await expect.poll(() => countLockWaits(database.db), { timeout: 10_000 }).toBeGreaterThan(0);
      await booking.query("COMMIT");
      expect(await save).toMatchObject({ outcome: "needs-decision", stranded: [expect.anything()] });
    });
    // Nothing was saved: the mornings are still there.
    expect(await database.db.workingHours.count({ where: { doctorId, startMinute: 540 } })).toBe(7);
  });

  it("does not make two bookings of one doctor wait for each other", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    await withConnection(async (other) => {
      await other.query("BEGIN");
      await other.query("SELECT fee_cents FROM doctor_profiles WHERE id = $1 FOR KEY SHARE", [doctorId]);
      // Another booking of the same doctor at another time goes through while the first is open.
      expect(
        await domainMessageOf(
          bookAppointment(patient, { doctorId, start: "2030-01-08T11:00:00.000Z", reason: "Alongside" }, now),
        ),
      ).toBeNull();
      await other.query("ROLLBACK");
    });
  });
});
