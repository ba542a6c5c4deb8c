// `npm run db:migration -- <name>`: writes a new migration from the difference between the
// datamodel of the last migration (prisma/migrations/schema.snapshot.prisma) and schema.prisma.
// Raw SQL added by hand to earlier migrations (exclusion constraints, checks) is untouched.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { diffDatamodels, isEmptyMigration, migrationsDir, schemaPath, snapshotPath } from "@/lib/db/migrations";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_waiting_list)");
  process.exit(2);
}

const target = await readFile(schemaPath, "utf8");
const previous = await readFile(snapshotPath, "utf8").catch(() => null);
// The engine needs a connection to exist, though a datamodel-to-datamodel diff reads no database.
const scratch = await startEmbeddedDatabase();
try {
  const sql = await diffDatamodels(scratch.url, previous, target);
  if (isEmptyMigration(sql)) {
    console.log("schema.prisma matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await writeFile(snapshotPath, target);
    console.log(
      `Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, add any raw SQL, then npm run db:migrate.`,
    );
  }
} finally {
  await scratch.stop();
}
process.exit(0); // see runOnDatabase in database-target.ts
