// The embedded default database: PGlite (PostgreSQL compiled to wasm) served on loopback, so the
// app, Prisma's adapter-pg and the migrations talk to it exactly as to a real server.
// See docs/decisions/001-embedded-postgres.md.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { startPasswordGate, type PasswordGate } from "./password-gate";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (e: unknown) => void;
  onData: (d: Uint8Array) => void;
};
type QueryQueue = {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

// Parse, Bind, Describe, Execute, Close, Flush: an extended-protocol exchange is under way until
// the connection's Sync. Anything else (Sync, a simple Query, the startup message) ends a turn.
const EXCHANGE_MESSAGES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

/**
 * pglite-socket 0.2.17 runs one protocol message at a time from any connection, keeping a
 * connection's turn only inside a transaction. Outside one, another connection's Bind can land
 * between this one's Bind and Execute and replace the unnamed portal ("portal \"\" does not
 * exist") — seen with 50 concurrent bookings. This keeps each connection's turn until its Sync
 * (or while its transaction is open), as a real server's separate backends would.
 * Patched on the instance; covered by tests/integration/booking.test.ts on PGlite.
 */
function keepTurnsUntilSync(queue: QueryQueue): void {
  let midExchange = false;
  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = this.lastHandlerId !== null && (midExchange || this.db.isInTransaction());
        const index = sticky ? this.queue.findIndex((m) => m.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // wait for that connection's next message
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          midExchange = false;
          continue;
        }
        midExchange = EXCHANGE_MESSAGES.has(item.message[0] ?? 0);
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clear = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    // A connection that drops mid-exchange must not keep its turn forever.
    if (queue.lastHandlerId === handlerId && midExchange) {
      midExchange = false;
      if (!queue.db.isInTransaction()) queue.lastHandlerId = null;
    }
    await clear(handlerId);
    await queue.processQueue();
  };
}

/** The gate on `preferred` when that port is free, else on any free loopback port. */
async function openGate(options: Omit<Parameters<typeof startPasswordGate>[0], "host" | "port">, preferred = 0) {
  const open = (port: number) => startPasswordGate({ ...options, host: "127.0.0.1", port });
  return preferred ? open(preferred).catch(() => open(0)) : open(0);
}

/**
 * The password of a persistent database, generated once and kept beside its data (like the
 * development auth secret), so `psql` can be pointed at it; a throwaway database gets a new one.
 */
async function databasePassword(dataDir: string | undefined): Promise<string> {
  if (!dataDir) return randomBytes(24).toString("base64url");
  const file = path.join(path.dirname(dataDir), "embedded-db-password");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** Refuses a second process on one data folder: two PGlite instances on one folder corrupt it. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
  const holder = Number(await readFile(lockFile, "utf8").catch(() => "0"));
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. Stop it first, or set DATABASE_URL.`,
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts PGlite on a loopback port. `dataDir` keeps data across restarts; omit it for a
 * throwaway in-memory database (tests).
 */
export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDatabase> {
  let unlock = async () => {};
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    unlock = await lockDataDir(options.dataDir);
  }
  const password = await databasePassword(options.dataDir);
  const db = await PGlite.create(options.dataDir ?? "memory://", { extensions: { btree_gist } });
  // PGlite itself listens only on a Unix socket in a folder of this user's (mkdtemp makes it 0700);
  // the loopback port belongs to the gate, which asks for the password first.
  const socketDir = await mkdtemp(path.join(os.tmpdir(), "clinic-pglite-"));
  const socketPath = path.join(socketDir, "pglite.sock");
  // PGlite runs one transaction at a time; extra connections queue rather than fail.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 });
  keepTurnsUntilSync((server as unknown as { queryQueue: QueryQueue }).queryQueue);
  await server.start();
  let gate: PasswordGate;
  try {
    gate = await openGate({ user: "postgres", password, upstream: socketPath }, options.port);
  } catch (error) {
    await server.stop();
    await db.close();
    throw error;
  }
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${gate.port}/postgres?sslmode=disable`,
    stop: async () => {
      await gate.stop();
      await server.stop();
      await db.close();
      await rm(socketDir, { recursive: true, force: true });
      await unlock();
    },
  };
}
