// A database of its own for each integration test file: a fresh database on the real PostgreSQL
// server at TEST_DATABASE_URL when set, else a throwaway in-memory PGlite served on loopback.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient, type Db } from "@/lib/db/create-client";

export type TestDatabase = { url: string; kind: "postgresql" | "pglite"; stop: () => Promise<void> };

export const usingRealPostgres = () => Boolean(process.env.TEST_DATABASE_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase();
    return { url: embedded.url, kind: "pglite", stop: embedded.stop };
  }
  const name = `clinic_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Registers hooks that give this test file a migrated database, point the app's data layer
 * (lib/db/client.ts, via DATABASE_URL) at it, and expose a Prisma client for arranging data.
 */
export function provideMigratedDatabase() {
  const state = {} as { url: string; kind: TestDatabase["kind"]; db: Db };
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    Object.assign(state, { url: database.url, kind: database.kind, db: createPrismaClient(database.url) });
  });
  afterAll(async () => {
    await state.db?.$disconnect();
    const appClient = (globalThis as { clinicDb?: Db }).clinicDb;
    await appClient?.$disconnect();
    delete (globalThis as { clinicDb?: Db }).clinicDb;
    await database?.stop();
  });
  return state;
}
