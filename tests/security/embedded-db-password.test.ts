// The embedded database asks for its generated password: pglite-socket alone let any user name and
// any password in as superuser. Checked with the pg client (SCRAM-SHA-256) and with psql (libpq).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

const run = promisify(execFile);
// No ~/.pgpass or PGPASSWORD of the machine's: only the URL's credentials count.
const psqlEnv = { ...process.env, PGPASSFILE: "/dev/null", PGPASSWORD: "" };
let database: EmbeddedDatabase;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "clinic-db-password-"));
  database = await startEmbeddedDatabase({ dataDir: path.join(folder, "pglite") });
});
afterAll(async () => {
  await database?.stop();
  await rm(folder, { recursive: true, force: true });
});

const withCredentials = (user: string, password: string) => {
  const url = new URL(database.url);
  url.username = user;
  url.password = password;
  return url.toString();
};

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return (await client.query<{ who: string }>("select current_user as who")).rows[0]?.who;
  } finally {
    await client.end().catch(() => {});
  }
}

describe("embedded database password", () => {
  it("keeps a generated password beside the data, readable by its owner only", async () => {
    const file = path.join(folder, "embedded-db-password");
    const password = (await readFile(file, "utf8")).trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(new URL(database.url).password).toBe(password);
    expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it("listens on loopback and lets the right password in", async () => {
    expect(new URL(database.url).hostname).toBe("127.0.0.1");
    expect(await connect(database.url)).toBe("postgres");
  });

  it("refuses a wrong password, another user name and an empty password", async () => {
    const password = new URL(database.url).password;
    for (const url of [
      withCredentials("anyone", "wrong"),
      withCredentials("postgres", "wrong"),
      withCredentials("anyone", password),
      withCredentials("postgres", ""),
    ]) {
      await expect(connect(url), url).rejects.toThrow(/password authentication failed|SASL|password/);
    }
  });

  it("refuses psql with a wrong password and answers it with the right one", async () => {
    const wrong = run("psql", [withCredentials("anyone", "wrong"), "-c", "select 1"], { env: psqlEnv });
    await expect(wrong).rejects.toMatchObject({ stderr: expect.stringMatching(/password authentication failed/) });
    const right = await run("psql", [database.url, "-tAc", "select count(*) from pg_user"], { env: psqlEnv });
    expect(right.stdout.trim()).toMatch(/^\d+$/);
  });

  it("still serves many connections at once once they are in", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.query("select $1::int as n", [i])));
    expect(answers.map((a) => a.rows[0].n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await pool.end();
  });
});
