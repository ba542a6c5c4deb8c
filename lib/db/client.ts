import "server-only";
import { createPrismaClient, type Db } from "./create-client";

// One client per server process; dev hot reload would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { clinicDb?: Db };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide the embedded database.",
    );
  }
  return url;
}

export function getDb(): Db {
  globalForDb.clinicDb ??= createPrismaClient(connectionString());
  return globalForDb.clinicDb;
}
