// `npm run dev` / `npm start`: gives Next.js a database and a secret, then runs it.
// - DATABASE_URL set: used as it is; the embedded database is never started.
// - DATABASE_URL unset: PGlite starts on loopback with its data in .data/pglite, is migrated,
//   and is seeded with the demo clinic the first time (never twice).
// - AUTH_SECRET unset: development generates one and keeps it in .data; production refuses to start.
// - CRON_SECRET unset: development keeps one in .data; production makes one per process (instrumentation.ts).
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations, projectRoot } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoClinic } from "@/lib/seed/demo-clinic";
import { loadEnv } from "./load-env";
import { embeddedDataDir } from "./paths";
import { developmentSecret } from "./development-secret";
import { missingSecretMessage } from "@/lib/auth/secret";

const nextArgs = process.argv.slice(3); // after "next"
const production = nextArgs[0] === "start";
loadEnv(!production);

async function prepareEmbeddedDatabase(): Promise<EmbeddedDatabase> {
  const started = Date.now();
  const embedded = await startEmbeddedDatabase({
    dataDir: embeddedDataDir(),
    port: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
  });
  const applied = await applyMigrations(embedded.url);
  if (applied.length) console.log(`[db] applied migrations: ${applied.join(", ")}`);
  const db = createPrismaClient(embedded.url, 2);
  try {
    const { seeded } = await seedDemoClinic(db);
    if (seeded) console.log("[db] seeded the demo clinic — demo logins are listed in README.md");
  } finally {
    await db.$disconnect();
  }
  console.log(
    `[db] embedded PostgreSQL (PGlite) ready on ${new URL(embedded.url).host}, data in ${path.relative(projectRoot, embeddedDataDir())}/ (${Date.now() - started} ms)`,
  );
  return embedded;
}

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!env.AUTH_SECRET) {
  if (production) {
    console.error(missingSecretMessage);
    process.exit(1);
  }
  env.AUTH_SECRET = await developmentSecret();
}
// The seed seals the demo staff's authenticator key with a key derived from this secret.
process.env.AUTH_SECRET = env.AUTH_SECRET;
env.AUTH_TRUST_HOST ??= "true";
// Development keeps a cron secret too, so `curl -H "Authorization: Bearer $(cat .data/cron-secret)"` works.
if (!env.CRON_SECRET && !production) env.CRON_SECRET = await developmentSecret("cron-secret");

let embedded: EmbeddedDatabase | undefined;
if (!env.DATABASE_URL) {
  embedded = await prepareEmbeddedDatabase();
  env.DATABASE_URL = embedded.url;
}

const child = spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), ...nextArgs], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", async (code, signal) => {
  await embedded?.stop().catch(() => {});
  process.exit(code ?? (signal ? 1 : 0));
});
