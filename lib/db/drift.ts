// Does schema.prisma describe the database the migrations build? Builds both databases side by side
// (migrations on one, a from-scratch diff of the datamodel on the other) and compares what
// pg_catalog says about them. Live-database introspection by the engine fails on PGlite, so the
// comparison is plain SQL. Objects Prisma cannot express (the hand-written end of the init
// migration: checks, exclusions, triggers) may exist only on the migrations' side.
import { readFile } from "node:fs/promises";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";
import { applyMigrations, diffDatamodels, isEmptyMigration, schemaPath, snapshotPath } from "./migrations";

type CatalogEntry = {
  /** Identity across both databases, also the start of the drift line, e.g. "column users.email". */
  key: string;
  /** Owning table: entries of a table missing on one side are folded into that table's line. */
  table?: string;
  definition: string;
  /** Hand-written SQL Prisma's schema cannot express (checks, exclusions, partial indexes). */
  migrationsOnly?: boolean;
};

// Every query returns (key, table_name, definition, migrations_only) for schema public.
const catalogQueries = [
  `SELECT 'table ' || c.relname AS key, NULL AS table_name, '' AS definition, false AS migrations_only
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,

  `SELECT 'column ' || c.relname || '.' || a.attname AS key, c.relname AS table_name,
          format_type(a.atttypid, a.atttypmod)
            || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END
            || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS definition,
          false AS migrations_only
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      AND a.attnum > 0 AND NOT a.attisdropped`,

  `SELECT 'enum ' || t.typname AS key, NULL AS table_name,
          string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS definition, false AS migrations_only
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE n.nspname = 'public'
    GROUP BY t.typname`,

  `SELECT 'constraint ' || c.relname || '.' || k.conname AS key, c.relname AS table_name,
          pg_get_constraintdef(k.oid) AS definition, k.contype IN ('c', 'x') AS migrations_only
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND k.contype IN ('p', 'u', 'f', 'c', 'x') AND c.relname <> '_prisma_migrations'`,

  // Indexes that back a constraint are covered by the constraint's own entry.
  `SELECT 'index ' || i.relname AS key, c.relname AS table_name, pg_get_indexdef(i.oid) AS definition,
          (x.indpred IS NOT NULL OR x.indexprs IS NOT NULL) AS migrations_only
     FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid
     JOIN pg_class c ON c.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid AND k.conrelid = c.oid)`,
];

async function readCatalog(url: string): Promise<Map<string, CatalogEntry>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalog = new Map<string, CatalogEntry>();
    for (const sql of catalogQueries) {
      const { rows } = await client.query<{
        key: string;
        table_name: string | null;
        definition: string;
        migrations_only: boolean;
      }>(sql);
      for (const row of rows) {
        catalog.set(row.key, {
          key: row.key,
          table: row.table_name ?? undefined,
          definition: row.definition,
          migrationsOnly: row.migrations_only,
        });
      }
    }
    return catalog;
  } finally {
    await client.end();
  }
}

/** Drift lines between the migrated catalog and the catalog schema.prisma alone produces. */
function compareCatalogs(migrated: Map<string, CatalogEntry>, modelled: Map<string, CatalogEntry>): string[] {
  const lines: string[] = [];
  const tableOnOneSide = (table?: string) =>
    table !== undefined && migrated.has(`table ${table}`) !== modelled.has(`table ${table}`);
  const keys = [...new Set([...migrated.keys(), ...modelled.keys()])].sort();
  for (const key of keys) {
    const inMigrations = migrated.get(key);
    const inSchema = modelled.get(key);
    if (tableOnOneSide(inMigrations?.table ?? inSchema?.table)) continue;
    if (inMigrations && !inSchema) {
      if (!inMigrations.migrationsOnly) lines.push(`${key}: in the migrations but not in schema.prisma`);
    } else if (inSchema && !inMigrations) {
      lines.push(`${key}: in schema.prisma but not in the migrations`);
    } else if (inMigrations && inSchema && inMigrations.definition !== inSchema.definition) {
      lines.push(`${key}: migrations say ${inMigrations.definition}, schema.prisma says ${inSchema.definition}`);
    }
  }
  return lines;
}

async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Sent whole, like the migrations themselves: splitting at ";" would break quoted text.
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Differences between what prisma/migrations build and what `datamodel` (schema.prisma by default)
 * describes, one readable line each; empty when they agree.
 */
export async function findSchemaDrift(datamodel?: string): Promise<string[]> {
  const schemaText = datamodel ?? (await readFile(schemaPath, "utf8"));
  const snapshotText = await readFile(snapshotPath, "utf8").catch(() => null);

  const started = await Promise.allSettled([startEmbeddedDatabase(), startEmbeddedDatabase()]);
  const databases = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  try {
    const [migrated, modelled] = started.map((s) => {
      if (s.status === "rejected") throw s.reason;
      return s.value;
    }) as [EmbeddedDatabase, EmbeddedDatabase];

    const [, createSql, sinceSnapshot] = await Promise.all([
      applyMigrations(migrated.url),
      diffDatamodels(modelled.url, null, schemaText),
      diffDatamodels(modelled.url, snapshotText, schemaText),
    ]);
    await execute(modelled.url, createSql);

    const [migratedCatalog, modelledCatalog] = await Promise.all([
      readCatalog(migrated.url),
      readCatalog(modelled.url),
    ]);
    const lines = compareCatalogs(migratedCatalog, modelledCatalog);
    if (!isEmptyMigration(sinceSnapshot)) {
      lines.push(
        "schema.prisma changed since the last migration (prisma/migrations/schema.snapshot.prisma): " +
          "run `npm run db:migration -- <name>`",
      );
    }
    return lines;
  } finally {
    await Promise.all(databases.map((d) => d.stop()));
  }
}
