import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, loadMigrationList } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("migrations on an empty database", () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.stop();
  });

  it("applies every migration and records it as prisma migrate deploy would", async () => {
    const applied = await applyMigrations(database.url);
    const onDisk = (await loadMigrationList()).migrationDirectories.map((d) => d.path);
    expect(applied).toEqual(onDisk);
    const { rows } = await client.query(
      "SELECT migration_name FROM _prisma_migrations " +
        "WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
  });

  it("is idempotent: a second run applies nothing", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("creates the exclusion constraints that forbid overlapping live appointments", async () => {
    const { rows } = await client.query(
      "SELECT conname FROM pg_constraint WHERE contype = 'x' AND conrelid = 'appointments'::regclass ORDER BY conname",
    );
    expect(rows.map((r) => r.conname)).toEqual(["appointments_doctor_no_overlap", "appointments_patient_no_overlap"]);
  });

  it("keeps the audit trail append-only", async () => {
    await client.query("INSERT INTO audit_events (action) VALUES ('test.event')");
    await expect(client.query("UPDATE audit_events SET action = 'changed'")).rejects.toThrow(/append-only/);
    await expect(client.query("DELETE FROM audit_events")).rejects.toThrow(/append-only/);
  });
});
