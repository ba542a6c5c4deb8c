// One note per doctor and visit is the database's rule, not only the service's: concurrent saves
// meet on one row, and the migration that added the rule folded rows that raced before it.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { applyMigrations, migrationsDir } from "@/lib/db/migrations";
import { saveVisitNote } from "@/lib/visit-notes/service";
import { createTestDatabase, provideMigratedDatabase, type TestDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const duringVisit = new Date("2030-01-08T10:05:00Z");
let doctor: Actor;
let appointmentId: string;

beforeAll(async () => {
  await setClinic(database.db);
  ({ actor: doctor } = await makeDoctor(database.db));
  const patient = await makePatient(database.db);
  ({ id: appointmentId } = await database.db.appointment.create({
    data: {
      patientId: patient.patientId!,
      doctorId: doctor.doctorId!,
      status: "CONFIRMED",
      reason: "Cough",
      feeCents: 5000,
      startsAt: new Date("2030-01-08T10:00:00Z"),
      endsAt: new Date("2030-01-08T10:30:00Z"),
    },
    select: { id: true },
  }));
});

describe("saving one visit note concurrently", () => {
  it("leaves exactly one row after 8 simultaneous saves, holding one of the texts", async () => {
    const bodies = Array.from({ length: 8 }, (_, i) => `Concurrent save number ${i + 1}`);
    const results = await Promise.allSettled(
      bodies.map((body) => saveVisitNote(doctor, { appointmentId, body }, duringVisit)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await database.db.visitNote.findMany({ where: { appointmentId }, select: { id: true, body: true } });
    expect(rows).toHaveLength(1);
    expect(bodies).toContain(rows[0]!.body);
    // Every save answered with the one row's id, and each is audited: one creation, seven edits.
    expect(new Set(results.map((r) => (r.status === "fulfilled" ? r.value.id : null)))).toEqual(new Set([rows[0]!.id]));
    const audits = await database.db.auditEvent.findMany({
      where: { action: "visit_note.write", entityId: rows[0]!.id },
      select: { detail: true },
    });
    expect(audits.map((a) => (a.detail as { edit: boolean }).edit).sort()).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("refuses a second row for the same visit and author at the database", async () => {
    await expect(
      database.db.visitNote.create({ data: { appointmentId, authorId: doctor.id, body: "Second row" } }),
    ).rejects.toThrow();
  });
});

describe("the migration that made notes unique", () => {
  let older: TestDatabase;
  let folder: string;
  afterAll(async () => {
    await older?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("folds notes that raced before it into the newest one, keeping every distinct text", async () => {
    older = await createTestDatabase();
    // The database as it was before: every migration up to the one adding the unique key.
    folder = await mkdtemp(path.join(tmpdir(), "clinic-migrations-"));
    const names = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const target = names.find((n) => n.endsWith("_visit_note_per_author_and_audit_names"))!;
    for (const name of names.filter((n) => n < target))
      await cp(path.join(migrationsDir, name), path.join(folder, name), { recursive: true });
    await cp(path.join(migrationsDir, "migration_lock.toml"), path.join(folder, "migration_lock.toml"));
    await applyMigrations(older.url, folder);

    const client = new pg.Client({ connectionString: older.url });
    await client.connect();
    try {
      const { rows: users } = await client.query(
        `INSERT INTO users (email, name, role, updated_at) ` +
          `VALUES ('d@x.test', 'D', 'DOCTOR', now()), ('p@x.test', 'P', 'PATIENT', now()) RETURNING id`,
      );
      const [d, p] = users.map((u) => u.id as string);
      const {
        rows: [spec],
      } = await client.query(`INSERT INTO specialties (name) VALUES ('GP') RETURNING id`);
      const {
        rows: [doc],
      } = await client.query(
        `INSERT INTO doctor_profiles (user_id, specialty_id, license_number, updated_at) ` +
          `VALUES ($1, $2, 'L-1', now()) RETURNING id`,
        [d, spec.id],
      );
      const {
        rows: [pat],
      } = await client.query(
        `INSERT INTO patient_profiles (user_id, phone, date_of_birth, updated_at) ` +
          `VALUES ($1, '0123', '1990-01-01', now()) RETURNING id`,
        [p],
      );
      const {
        rows: [appt],
      } = await client.query(
        `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, status, reason, fee_cents, updated_at)
         VALUES ($1, $2, '2030-01-08T10:00Z', '2030-01-08T10:30Z', 'COMPLETED', 'Cough', 0, now()) RETURNING id`,
        [pat.id, doc.id],
      );
      const note = (body: string, at: string) =>
        client.query(
          `INSERT INTO visit_notes (appointment_id, author_id, body, created_at, updated_at) ` +
            `VALUES ($1, $2, $3, $4, $4)`,
          [appt.id, d, body, at],
        );
      await note("First text", "2030-01-08T10:10Z");
      await note("Same text", "2030-01-08T10:11Z");
      await note("Same text", "2030-01-08T10:12Z"); // the newest: kept
      await client.query(`INSERT INTO audit_events (action) VALUES ('patient.read'), ('appointment.read')`);

      await applyMigrations(older.url);

      const { rows: notes } = await client.query(`SELECT body FROM visit_notes WHERE appointment_id = $1`, [appt.id]);
      expect(notes).toEqual([{ body: "Same text\n\n--- Also saved at the same time ---\nFirst text" }]);
      const { rows: actions } = await client.query(`SELECT action FROM audit_events ORDER BY id`);
      expect(actions.map((a) => a.action)).toEqual(["patient.view", "appointment.view"]);
      // the trigger is back
      await expect(client.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
