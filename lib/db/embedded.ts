// The embedded default database: PGlite (PostgreSQL compiled to wasm) served on loopback, so the
// app, Prisma's adapter-pg and the migrations talk to it exactly as to a real server.
// See docs/decisions/001-embedded-postgres.md.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

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

/** A free TCP port on 127.0.0.1, or `preferred` when that one is free. */
async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const { port: chosen } = server.address() as net.AddressInfo;
        server.close(() => resolve(chosen));
      });
    });
  return preferred ? tryPort(preferred).catch(() => tryPort(0)) : tryPort(0);
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
  const db = await PGlite.create(options.dataDir ?? "memory://", { extensions: { btree_gist, pg_trgm, unaccent } });
  const port = await freePort(options.port);
  // PGlite runs one transaction at a time; extra connections queue rather than fail.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
  keepTurnsUntilSync((server as unknown as { queryQueue: QueryQueue }).queryQueue);
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
      await unlock();
    },
  };
}
