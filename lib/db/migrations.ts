// Applies and writes Prisma migrations offline (through lib/db/schema-engine.ts). The applied set
// is recorded in `_prisma_migrations`, exactly as `prisma migrate deploy` records it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { noFilters, withSchemaEngine, type MigrationList } from "./schema-engine";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
/** The datamodel the newest migration was written from: the "from" side of the next diff. */
export const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");

export async function loadMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(dir, name, "migration.sql"), "utf8")
            .then((value) => ({ tag: "ok" as const, value }))
            .catch((e: Error) => ({ tag: "error" as const, value: e.message })),
        },
      })),
    ),
  };
}

/** Applies every migration in `dir` not yet recorded; returns the names it applied. */
export async function applyMigrations(connectionString: string, dir = migrationsDir): Promise<string[]> {
  const migrationsList = await loadMigrationList(dir);
  return withSchemaEngine(connectionString, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

/** SQL that takes a database from datamodel `from` (or empty) to datamodel `to`. No database is read. */
export async function diffDatamodels(connectionString: string, from: string | null, to: string): Promise<string> {
  return withSchemaEngine(connectionString, async (engine) => {
    const target = (content: string) => ({
      tag: "schemaDatamodel" as const,
      files: [{ path: "schema.prisma", content }],
    });
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

export function isEmptyMigration(sql: string): boolean {
  return sql.replace(/--.*$/gm, "").trim() === "";
}
