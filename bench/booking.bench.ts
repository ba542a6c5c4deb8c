// Booking benchmark on a real PostgreSQL server (never PGlite):
//   npx tsx --conditions=react-server bench/booking.bench.ts     (or as part of `npm run bench`)
// Server: TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres (loopback only).
// A fresh database is created on it, migrated, and dropped at the end.
//
// 1. Booking: CLIENTS concurrent clients call the real booking service (bookAppointment) for
//    DURATION_MS; each pick is either a slot only that client targets (free) or, with probability
//    CONTESTED_SHARE, a slot handed to two clients at about the same time (one of them must lose).
// 2. Raw INSERT: the same number of concurrent clients insert one row per statement into a scratch
//    table with `pg` over a pool of the same size as the app's, for the same time: the database's
//    ceiling for this concurrency without any application logic.
// 3. Integrity: overlapping live appointments (per doctor and per patient) must be 0; exit code 1 otherwise.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import pg from "pg";
import type { Db } from "@/lib/db/create-client";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrations";
import { DomainError } from "@/lib/errors/domain-error";
import type { Actor } from "@/lib/auth/session";
import { getFreeSlots, windowEnd } from "@/lib/availability/service";
import { bookAppointment } from "@/lib/appointments/book";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { countDoctorOverlaps, makeDoctor, makePatient, setClinic } from "@/tests/support/clinic-fixtures";
import { createTestDatabase } from "@/tests/support/test-database";

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BookingOptions = {
  clients: number;
  durationMs: number;
  warmupMs: number;
  doctors: number;
  /** The app's Prisma pool (adapter-pg `max`); the raw INSERT pool uses the same size. */
  poolSize: number;
  patientsPerClient: number;
  contestedShare: number;
  timeZone: string;
  /** Doctor hours, minutes after local midnight, every day of the week. */
  startMinute: number;
  endMinute: number;
  slotMinutes: number;
  bookingWindowDays: number;
};

export const defaultBookingOptions: BookingOptions = {
  clients: 100,
  durationMs: 10_000,
  warmupMs: 2_000,
  doctors: 20,
  poolSize: 20,
  patientsPerClient: 5,
  contestedShare: 0.2,
  timeZone: "Europe/London",
  startMinute: 7 * 60,
  endMinute: 21 * 60,
  slotMinutes: 10,
  bookingWindowDays: 60,
};

/** The single-client run before the concurrent one. */
const SINGLE_CLIENT_MS = 3_000;

/** The whole run (setup included) is aborted after this long: the benchmark always stops by itself. */
const HARD_LIMIT_MS = 5 * 60_000;

// ---------------------------------------------------------------------------------------------

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export type Latency = { count: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1] ?? NaN,
  };
}

const ms = (x: number) => (Number.isNaN(x) ? "n/a" : `${x.toFixed(1)} ms`);
const fmtLatency = (l: Latency) =>
  `p50 ${ms(l.p50Ms)}, p95 ${ms(l.p95Ms)}, p99 ${ms(l.p99Ms)}, max ${ms(l.maxMs)} (n=${l.count})`;

/** Refuses any server other than this machine's loopback. */
function loopbackOnly(url: string): string {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host))
    throw new Error(`The booking benchmark only targets 127.0.0.1; refusing ${host}.`);
  return url;
}

// ---------------------------------------------------------------------------------------------
// Workload

type Pick = { doctorId: string; start: number; contested: boolean };
type Patient = { actor: Actor; booked: Set<number> };
type Client = { patients: Patient[]; own: Pick[]; cursor: number; random: () => number };
type Outcome = "booked" | "conflict" | "own-clash" | "error";

type Tally = {
  calls: number;
  booked: number;
  conflicts: number;
  ownClashes: number;
  errors: number;
  /** Picks only one client targeted that did not book (should be 0: they were free). */
  exclusiveFailures: number;
  contestedCalls: number;
  contestedBooked: number;
  skipped: number;
  exhausted: number;
  errorSamples: string[];
  latencies: Record<"all" | "booked" | "conflict", number[]>;
};

const newTally = (): Tally => ({
  calls: 0,
  booked: 0,
  conflicts: 0,
  ownClashes: 0,
  errors: 0,
  exclusiveFailures: 0,
  contestedCalls: 0,
  contestedBooked: 0,
  skipped: 0,
  exhausted: 0,
  errorSamples: [],
  latencies: { all: [], booked: [], conflict: [] },
});

const isConflict = (e: unknown) =>
  e instanceof DomainError && /^That time (was just taken|is not available)/.test(e.message);

type Queue = { queue: Pick[]; cursor: number };

/** One pick and one bookAppointment call; false when the client has nothing left to pick. */
async function bookOnce(client: Client, contested: Queue, share: number, now: Date, tally: Tally): Promise<boolean> {
  const wantContested = client.random() < share;
  let pick = wantContested ? contested.queue[contested.cursor++] : client.own[client.cursor++];
  if (!pick) {
    tally.exhausted++; // this client's own picks, or the contested queue, are used up: take the other
    pick = wantContested ? client.own[client.cursor++] : contested.queue[contested.cursor++];
  }
  if (!pick) return false;
  const patient = client.patients.find((p) => !p.booked.has(pick.start));
  if (!patient) {
    tally.skipped++; // every patient of this client already holds that time (a contested pick)
    return true;
  }
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    await bookAppointment(
      patient.actor,
      { doctorId: pick.doctorId, start: new Date(pick.start).toISOString(), reason: "Benchmark visit" },
      now,
    );
    patient.booked.add(pick.start);
    outcome = "booked";
  } catch (error) {
    if (isConflict(error)) outcome = "conflict";
    else if (error instanceof DomainError) outcome = "own-clash";
    else {
      outcome = "error";
      if (tally.errorSamples.length < 5)
        tally.errorSamples.push(String((error as Error)?.message ?? error).slice(0, 300));
    }
  }
  const elapsed = performance.now() - t0;
  tally.calls++;
  tally.latencies.all.push(elapsed);
  if (pick.contested) tally.contestedCalls++;
  if (outcome === "booked") {
    tally.booked++;
    tally.latencies.booked.push(elapsed);
    if (pick.contested) tally.contestedBooked++;
  } else {
    if (!pick.contested) tally.exclusiveFailures++;
    if (outcome === "conflict") {
      tally.conflicts++;
      tally.latencies.conflict.push(elapsed);
    } else if (outcome === "own-clash") tally.ownClashes++;
    else tally.errors++;
  }
  return true;
}

async function bookingClient(client: Client, contested: Queue, share: number, now: Date, until: number, tally: Tally) {
  while (performance.now() < until && (await bookOnce(client, contested, share, now, tally)));
}

async function rawInsertClient(pool: pg.Pool, id: number, until: number, samples: number[], errors: string[]) {
  while (performance.now() < until) {
    const t0 = performance.now();
    try {
      await pool.query("INSERT INTO bench_scratch (client, note) VALUES ($1, $2)", [id, "raw insert"]);
      samples.push(performance.now() - t0);
    } catch (error) {
      if (errors.length < 5) errors.push(String((error as Error)?.message ?? error));
    }
  }
}

/**
 * Runs `body` and reports wall time, this process's CPU use (share of one core, all threads) and its
 * event-loop utilisation (share of the time the JS thread was busy: near 100% means the benchmark
 * process itself, not the database, limits the rate).
 */
async function timed<T>(
  body: () => Promise<T>,
): Promise<{ value: T; seconds: number; cpuPercent: number; eventLoopPercent: number }> {
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const value = await body();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  return {
    value,
    seconds,
    cpuPercent: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
    eventLoopPercent: elu.utilization * 100,
  };
}

// ---------------------------------------------------------------------------------------------

export type BookingResult = {
  options: BookingOptions;
  freeSlotsAtStart: number;
  booking: {
    seconds: number;
    calls: number;
    booked: number;
    conflicts: number;
    ownClashes: number;
    errors: number;
    exclusiveFailures: number;
    contestedCalls: number;
    contestedBooked: number;
    bookingsPerSecond: number;
    conflictsPerSecond: number;
    callsPerSecond: number;
    cpuPercent: number;
    eventLoopPercent: number;
    latency: { all: Latency; booked: Latency; conflict: Latency };
    errorSamples: string[];
  };
  /** One call at a time (exclusive picks only), before the concurrent run: the uncontended cost of a call. */
  single: { seconds: number; calls: number; booked: number; latency: Latency };
  raw: {
    seconds: number;
    inserts: number;
    insertsPerSecond: number;
    cpuPercent: number;
    eventLoopPercent: number;
    latency: Latency;
    errors: number;
  };
  ratio: number;
  appointmentsInDatabase: number;
  doctorOverlaps: number;
  patientOverlaps: number;
  ok: boolean;
};

export async function runBookingBench(
  options: BookingOptions = defaultBookingOptions,
  log: (line: string) => void = console.log,
): Promise<BookingResult> {
  const serverUrl = loopbackOnly(process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER);
  // createTestDatabase makes a real PostgreSQL database only when this is set
  process.env.TEST_DATABASE_URL = serverUrl;
  const o = options;

  log("== Booking benchmark (real PostgreSQL) ==");
  const database = await createTestDatabase();
  if (database.kind !== "postgresql") throw new Error("Expected a PostgreSQL test database");
  let setup: Db | undefined;
  let app: Db | undefined;
  let rawPool: pg.Pool | undefined;
  const hardStop = setTimeout(() => {
    console.error(`Booking benchmark exceeded ${HARD_LIMIT_MS / 1000} s: aborting.`);
    void database.stop().finally(() => process.exit(3));
  }, HARD_LIMIT_MS);
  hardStop.unref();

  try {
    const dbName = new URL(database.url).pathname.slice(1);
    const server = await (async () => {
      const c = new pg.Client({ connectionString: database.url });
      await c.connect();
      const r = await c.query<{ v: string; sc: string; mc: string }>(
        "SELECT version() AS v, current_setting('synchronous_commit') AS sc, current_setting('max_connections') AS mc",
      );
      await c.end();
      return r.rows[0]!;
    })();
    log(
      `Server ${new URL(serverUrl).host}: ${server.v.split(" on ")[0]}, ` +
        `synchronous_commit=${server.sc}, max_connections=${server.mc}; scratch database ${dbName}`,
    );

    let t = performance.now();
    await applyMigrations(database.url);
    log(`Migrated in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // The app's client, exactly as getDb() would make it but with a pool of poolSize connections.
    process.env.DATABASE_URL = database.url;
    app = createPrismaClient(database.url, o.poolSize);
    (globalThis as { clinicDb?: Db }).clinicDb = app;
    setup = createPrismaClient(database.url, 5);

    t = performance.now();
    await setClinic(setup, {
      timeZone: o.timeZone,
      minNoticeMinutes: 60,
      bookingWindowDays: o.bookingWindowDays,
      requireDoctorConfirmation: false,
    });
    const doctorIds: string[] = [];
    for (let i = 0; i < o.doctors; i++)
      doctorIds.push(
        (await makeDoctor(setup, { slotMinutes: o.slotMinutes, startMinute: o.startMinute, endMinute: o.endMinute }))
          .doctorId,
      );
    const actors: Actor[] = [];
    const patientCount = o.clients * o.patientsPerClient;
    while (actors.length < patientCount) {
      const batch = Math.min(10, patientCount - actors.length);
      actors.push(...(await Promise.all(Array.from({ length: batch }, () => makePatient(setup!)))));
    }
    log(
      `Set up in ${((performance.now() - t) / 1000).toFixed(1)} s: clinic ${o.timeZone}, ` +
        `booking window ${o.bookingWindowDays} days, min notice 60 min; ` +
        `${o.doctors} doctors, every day ${hhmm(o.startMinute)}–${hhmm(o.endMinute)}, ${o.slotMinutes}-min slots; ` +
        `${patientCount} patients (${o.patientsPerClient} per client)`,
    );

    // Free slots per doctor, as the booking page computes them (the service over the whole window).
    const now = new Date();
    const settings = await getSchedulingSettings();
    const free = await Promise.all(
      doctorIds.map((id) => getFreeSlots(id, settings, now, { start: now, end: windowEnd(settings, now) })),
    );
    const freeSlotsAtStart = free.reduce((s, list) => s + list.length, 0);

    // Each slot start (instant) is either contested (every 10th) or owned by one client. A contested
    // (doctor, instant) enters the shared queue twice in a row, so two clients ask for it at about the
    // same time. An owned instant is used by its client with each doctor in turn, by different patients.
    const random = seededRandom(42);
    const instants = [...new Set(free.flatMap((list) => list.map((s) => s.start.getTime())))].sort((a, b) => a - b);
    const freeByDoctor = free.map((list) => new Set(list.map((s) => s.start.getTime())));
    const contestedPairs: Pick[] = [];
    const ownedInstants: number[][] = Array.from({ length: o.clients }, () => []);
    let owned = 0;
    instants.forEach((start, i) => {
      if (i % 10 === 0)
        doctorIds.forEach(
          (doctorId, d) => freeByDoctor[d]!.has(start) && contestedPairs.push({ doctorId, start, contested: true }),
        );
      else ownedInstants[owned++ % o.clients]!.push(start);
    });
    const queue: Queue = { queue: shuffle(contestedPairs, random).flatMap((p) => [p, p]), cursor: 0 };
    const clients: Client[] = ownedInstants.map((owned, c) => {
      const order = shuffle([...owned], random);
      const own: Pick[] = [];
      // Each patient can hold an instant once: one round (each instant with another doctor) per patient.
      for (let round = 0; round < Math.min(o.doctors, o.patientsPerClient); round++) {
        order.forEach((start, k) => {
          const d = (round + k) % o.doctors;
          if (freeByDoctor[d]!.has(start)) own.push({ doctorId: doctorIds[d]!, start, contested: false });
        });
      }
      const patients = actors
        .slice(c * o.patientsPerClient, (c + 1) * o.patientsPerClient)
        .map((actor) => ({ actor, booked: new Set<number>() }));
      return { patients, own, cursor: 0, random: seededRandom(1000 + c) };
    });
    const exclusivePicks = clients.reduce((s, c) => s + c.own.length, 0);
    log(
      `Free slots at start: ${freeSlotsAtStart} over ${instants.length} distinct start times; ` +
        `contested pairs ${contestedPairs.length} (each offered to 2 clients), ` +
        `${exclusivePicks} exclusive picks (${clients[0]!.own.length} for client 0)`,
    );
    log(
      `App Prisma pool: ${o.poolSize} connections (adapter-pg max); ${o.clients} concurrent clients; ` +
        `${Math.round(o.contestedShare * 100)}% of picks contested; ` +
        `bookAppointment(actor, input, now) with a fixed now`,
    );

    // Warm-up (connections, JIT), then the measured run; both with the same clients and queues.
    const runClients = async (duration: number, tally: Tally) => {
      const until = performance.now() + duration;
      await Promise.all(clients.map((client) => bookingClient(client, queue, o.contestedShare, now, until, tally)));
    };
    // One call at a time first (exclusive picks only, taken from each client in turn): the cost of a
    // call without queueing.
    const alone = newTally();
    const aloneRun = await timed(async () => {
      const until = performance.now() + SINGLE_CLIENT_MS;
      for (
        let i = 0;
        performance.now() < until && (await bookOnce(clients[i % clients.length]!, queue, 0, now, alone));
        i++
      );
    });
    const single = {
      seconds: aloneRun.seconds,
      calls: alone.calls,
      booked: alone.booked,
      latency: latency(alone.latencies.all),
    };
    log(
      `One call at a time for ${single.seconds.toFixed(1)} s: ` +
        `${single.calls} calls (${(single.calls / single.seconds).toFixed(1)}/s), ${single.booked} booked, ` +
        `${alone.conflicts} conflicts, ${alone.ownClashes} own-clash, ${alone.errors} errors; ` +
        `latency ${fmtLatency(single.latency)}`,
    );
    for (const sample of alone.errorSamples) log(`  error sample: ${sample}`);

    const warm = newTally();
    await runClients(o.warmupMs, warm);
    log(
      `Warm-up ${o.warmupMs / 1000} s: ${warm.calls} calls, ${warm.booked} booked, ` +
        `${warm.conflicts} conflicts, ${warm.errors} errors (not counted below)`,
    );

    const tally = newTally();
    const run = await timed(() => runClients(o.durationMs, tally));
    const booking = {
      seconds: run.seconds,
      calls: tally.calls,
      booked: tally.booked,
      conflicts: tally.conflicts,
      ownClashes: tally.ownClashes,
      errors: tally.errors,
      exclusiveFailures: tally.exclusiveFailures,
      contestedCalls: tally.contestedCalls,
      contestedBooked: tally.contestedBooked,
      bookingsPerSecond: tally.booked / run.seconds,
      conflictsPerSecond: tally.conflicts / run.seconds,
      callsPerSecond: tally.calls / run.seconds,
      cpuPercent: run.cpuPercent,
      eventLoopPercent: run.eventLoopPercent,
      latency: {
        all: latency(tally.latencies.all),
        booked: latency(tally.latencies.booked),
        conflict: latency(tally.latencies.conflict),
      },
      errorSamples: tally.errorSamples,
    };
    log("");
    log(`Booking, ${o.clients} clients for ${booking.seconds.toFixed(2)} s (until the last in-flight call returned):`);
    log(
      `  calls ${booking.calls} (${booking.callsPerSecond.toFixed(1)}/s): ` +
        `booked ${booking.booked} = ${booking.bookingsPerSecond.toFixed(1)} bookings/s; ` +
        `conflicts ${booking.conflicts} = ${booking.conflictsPerSecond.toFixed(1)}/s; ` +
        `own-clash ${booking.ownClashes}; other errors ${booking.errors}`,
    );
    log(
      `  contested calls ${booking.contestedCalls} (${booking.contestedBooked} won); ` +
        `exclusive picks that failed ${booking.exclusiveFailures}; picks skipped ${tally.skipped}; ` +
        `picks past the end of a list ${tally.exhausted}`,
    );
    log(`  latency per call, all:      ${fmtLatency(booking.latency.all)}`);
    log(`  latency per call, booked:   ${fmtLatency(booking.latency.booked)}`);
    log(`  latency per call, conflict: ${fmtLatency(booking.latency.conflict)}`);
    log(
      `  benchmark process (runs the app code): CPU ${booking.cpuPercent.toFixed(0)}% of one core, ` +
        `event loop busy ${booking.eventLoopPercent.toFixed(0)}% of the time`,
    );
    for (const sample of booking.errorSamples) log(`  error sample: ${sample}`);

    // Free the app's connections before measuring the database alone.
    await app.$disconnect();
    delete (globalThis as { clinicDb?: Db }).clinicDb;
    app = undefined;

    // Raw single-row INSERTs: same concurrency, same pool size, no app logic.
    rawPool = new pg.Pool({ connectionString: database.url, max: o.poolSize });
    await rawPool.query(
      "CREATE TABLE bench_scratch (id bigserial PRIMARY KEY, client int NOT NULL, note text NOT NULL, " +
        "created_at timestamptz NOT NULL DEFAULT now())",
    );
    const rawErrors: string[] = [];
    const discard: number[] = [];
    let until = performance.now() + 1000;
    await Promise.all(
      Array.from({ length: o.clients }, (_, i) => rawInsertClient(rawPool!, i, until, discard, rawErrors)),
    );
    const samples: number[] = [];
    const raw = await timed(async () => {
      until = performance.now() + o.durationMs;
      await Promise.all(
        Array.from({ length: o.clients }, (_, i) => rawInsertClient(rawPool!, i, until, samples, rawErrors)),
      );
    });
    const rawResult = {
      seconds: raw.seconds,
      inserts: samples.length,
      insertsPerSecond: samples.length / raw.seconds,
      cpuPercent: raw.cpuPercent,
      eventLoopPercent: raw.eventLoopPercent,
      latency: latency(samples),
      errors: rawErrors.length,
    };
    const ratio = booking.bookingsPerSecond / rawResult.insertsPerSecond;
    log("");
    log(
      `Raw INSERT (pg, one row per statement, autocommit), ${o.clients} clients over a pool of ${o.poolSize} ` +
        `for ${rawResult.seconds.toFixed(2)} s (after 1 s warm-up):`,
    );
    log(
      `  ${rawResult.inserts} rows = ${rawResult.insertsPerSecond.toFixed(1)} inserts/s; ` +
        `latency ${fmtLatency(rawResult.latency)}; errors ${rawResult.errors}; ` +
        `process CPU ${rawResult.cpuPercent.toFixed(0)}%, event loop busy ${rawResult.eventLoopPercent.toFixed(0)}%`,
    );
    for (const e of rawErrors) log(`  error sample: ${e}`);
    log(
      `Ratio booking rate / raw insert rate: ${booking.bookingsPerSecond.toFixed(1)} / ` +
        `${rawResult.insertsPerSecond.toFixed(1)} = ${(ratio * 100).toFixed(2)}%`,
    );
    await rawPool.end();
    rawPool = undefined;

    // Integrity.
    const doctorOverlaps = await countDoctorOverlaps(setup);
    const patientRows = await setup.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM appointments a JOIN appointments b
        ON a.patient_id = b.patient_id AND a.id < b.id
       AND a.status IN ('PENDING','CONFIRMED') AND b.status IN ('PENDING','CONFIRMED')
       AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;
    const patientOverlaps = patientRows[0]?.n ?? 0;
    const appointmentsInDatabase = await setup.appointment.count();
    const expected = alone.booked + warm.booked + tally.booked;
    const ok = doctorOverlaps === 0 && patientOverlaps === 0 && appointmentsInDatabase === expected;
    log("");
    log(
      `Integrity: ${appointmentsInDatabase} appointments in the database ` +
        `(${expected} bookings reported, single-client and warm-up runs included); ` +
        `overlapping live pairs: doctor ${doctorOverlaps}, patient ${patientOverlaps} -> ` +
        `${ok ? "OK" : "FAILED"}`,
    );

    return {
      options: o,
      freeSlotsAtStart,
      single,
      booking,
      raw: rawResult,
      ratio,
      appointmentsInDatabase,
      doctorOverlaps,
      patientOverlaps,
      ok,
    };
  } finally {
    clearTimeout(hardStop);
    await rawPool?.end().catch(() => undefined);
    await app?.$disconnect().catch(() => undefined);
    delete (globalThis as { clinicDb?: Db }).clinicDb;
    await setup?.$disconnect().catch(() => undefined);
    await database.stop();
    log(`Dropped the scratch database.`);
  }
}

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runBookingBench();
  process.exitCode = result.ok ? 0 : 1;
}
