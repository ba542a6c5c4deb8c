import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { provideMigratedDatabase } from "../support/test-database";

const database = provideMigratedDatabase();

type Fixture = { doctorId: string; patientIds: string[] };
let fixture: Fixture;

async function makeFixture(patients: number): Promise<Fixture> {
  const { db } = database;
  const specialty = await db.specialty.create({ data: { name: `General ${Math.random()}` } });
  const doctor = await db.user.create({
    data: {
      email: `doc-${Math.random()}@clinic.test`,
      name: "Dr Test",
      role: "DOCTOR",
      doctor: { create: { specialtyId: specialty.id, licenseNumber: `L-${Math.random()}` } },
    },
    select: { doctor: { select: { id: true } } },
  });
  const patientIds: string[] = [];
  for (let i = 0; i < patients; i++) {
    const user = await db.user.create({
      data: {
        email: `p${i}-${Math.random()}@example.test`,
        name: `Patient ${i}`,
        role: "PATIENT",
        patient: { create: { phone: "+440000000", dateOfBirth: new Date("1980-01-01") } },
      },
      select: { patient: { select: { id: true } } },
    });
    patientIds.push(user.patient!.id);
  }
  return { doctorId: doctor.doctor!.id, patientIds };
}

const insert = (
  client: pg.Client | pg.Pool,
  doctorId: string,
  patientId: string,
  start: string,
  end: string,
  status = "CONFIRMED",
) =>
  client.query(
    `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, status, reason, fee_cents, updated_at)
     VALUES ($1, $2, $3, $4, $5::"AppointmentStatus", 'test', 0, now())`,
    [patientId, doctorId, start, end, status],
  );

describe("the exclusion constraint", () => {
  beforeAll(async () => {
    fixture = await makeFixture(20);
  });

  it("rejects an overlapping live appointment of the same doctor", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    try {
      const [a, b, c] = fixture.patientIds as [string, string, string];
      await insert(pool, fixture.doctorId, a, "2030-01-07T09:00Z", "2030-01-07T09:30Z");
      await expect(insert(pool, fixture.doctorId, b, "2030-01-07T09:15Z", "2030-01-07T09:45Z")).rejects.toMatchObject({
        code: "23P01",
        constraint: "appointments_doctor_no_overlap",
      });
      // Back-to-back is fine (half-open ranges), and so is an overlap with a cancelled appointment.
      await insert(pool, fixture.doctorId, b, "2030-01-07T09:30Z", "2030-01-07T10:00Z");
      await insert(pool, fixture.doctorId, c, "2030-01-07T09:00Z", "2030-01-07T09:30Z", "CANCELLED");
    } finally {
      await pool.end();
    }
  });

  it("lets exactly one of 20 concurrent overlapping inserts through", async () => {
    // Separate connections, all started before any finishes: the race a check-then-insert loses.
    const clients = await Promise.all(
      fixture.patientIds.map(async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        return client;
      }),
    );
    try {
      const results = await Promise.allSettled(
        fixture.patientIds.map((patientId, i) =>
          insert(
            clients[i]!,
            fixture.doctorId,
            patientId,
            `2030-02-04T10:${String(i).padStart(2, "0")}Z`,
            "2030-02-04T10:45Z",
          ),
        ),
      );
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(rejected).toHaveLength(19);
      // Each loser is refused by the constraint (23P01), or, when two inserts each wait for the other's
      // uncommitted row, by PostgreSQL's deadlock breaker (40P01): a refusal either way, never a second row.
      for (const r of rejected) expect(["23P01", "40P01"]).toContain((r.reason as { code?: string }).code);
      const overlaps = await clients[0]!.query(
        `SELECT count(*)::int AS n FROM appointments a JOIN appointments b
           ON a.doctor_id = b.doctor_id AND a.id < b.id
          AND a.status IN ('PENDING','CONFIRMED') AND b.status IN ('PENDING','CONFIRMED')
          AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
      );
      expect(overlaps.rows[0].n).toBe(0);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it("stops one patient from holding two overlapping appointments with different doctors", async () => {
    const other = await makeFixture(0);
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    try {
      const patientId = fixture.patientIds[5]!;
      await insert(pool, fixture.doctorId, patientId, "2030-03-04T09:00Z", "2030-03-04T09:30Z");
      await expect(
        insert(pool, other.doctorId, patientId, "2030-03-04T09:10Z", "2030-03-04T09:20Z"),
      ).rejects.toMatchObject({
        constraint: "appointments_patient_no_overlap",
      });
    } finally {
      await pool.end();
    }
  });
});
