// Random overlapping durations, inserted concurrently straight into the table: whatever mix gets
// through, the exclusion constraint leaves no two live appointments of a doctor overlapping.
import pg from "pg";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { provideMigratedDatabase } from "../support/test-database";
import { countDoctorOverlaps, makeDoctor, makePatient } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();

function seededRandom(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("a random mix of overlapping bookings", () => {
  it("ends with no overlap, and keeps every non-conflicting insert", async () => {
    const doctors = await Promise.all([0, 1, 2].map(() => makeDoctor(database.db)));
    const patients: Actor[] = [];
    for (let i = 0; i < 40; i++) patients.push(await makePatient(database.db));
    const random = seededRandom(42);
    const base = Date.parse("2031-05-05T08:00:00Z");
    const attempts = Array.from({ length: 240 }, () => {
      const start = base + Math.floor(random() * 48) * 5 * 60_000; // 4 hours of 5-minute starts
      const minutes = [10, 15, 20, 30, 45, 60][Math.floor(random() * 6)]!;
      return {
        doctorId: doctors[Math.floor(random() * doctors.length)]!.doctorId,
        patientId: patients[Math.floor(random() * patients.length)]!.patientId!,
        start: new Date(start),
        end: new Date(start + minutes * 60_000),
      };
    });
    const pool = new pg.Pool({ connectionString: database.url, max: 12 });
    try {
      const results = await Promise.allSettled(
        attempts.map((a) =>
          pool.query(
            `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, status, reason, ` +
              `fee_cents, updated_at) VALUES ($1, $2, $3, $4, 'CONFIRMED', 'mix', 0, now())`,
            [a.patientId, a.doctorId, a.start, a.end],
          ),
        ),
      );
      const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      // 23P01: the constraint refused an overlap. 40P01: two racing inserts each waited for the
      // other's uncommitted row and PostgreSQL aborted one (the app runs such a victim again).
      for (const f of failures) expect(["23P01", "40P01"]).toContain((f.reason as { code?: string }).code);
      expect(failures.some((f) => (f.reason as { code?: string }).code === "23P01")).toBe(true);
      const inserted = results.length - failures.length;
      expect(inserted).toBeGreaterThan(5);
      expect(failures.length).toBeGreaterThan(0);
      expect(await database.db.appointment.count({ where: { reason: "mix" } })).toBe(inserted);
      expect(await countDoctorOverlaps(database.db)).toBe(0);
    } finally {
      await pool.end();
    }
  });
});
