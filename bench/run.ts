// `npm run bench`: the engine benchmark, then the booking benchmark on real PostgreSQL, then a summary.
// Runs under `tsx --conditions=react-server` (the lib/ modules import "server-only").
// Exit code 1 when the booking run left overlapping appointments (or lost/extra rows).
import os from "node:os";
import { runBookingBench } from "./booking.bench";
import { fmtMs, runEngineBench } from "./engine.bench";

const started = new Date();
const loadAtStart = os.loadavg();
const engine = runEngineBench();
console.log("");
const booking = await runBookingBench();
const b = booking.booking;
const lat = (l: { p50Ms: number; p95Ms: number; p99Ms: number }) =>
  `p50 ${l.p50Ms.toFixed(1)} / p95 ${l.p95Ms.toFixed(1)} / p99 ${l.p99Ms.toFixed(1)} ms`;

console.log("");
console.log("== Summary ==");
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");
console.log(
  `Machine: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ` +
    `started ${started.toISOString()}, took ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`,
);
console.log(
  `Load average (1/5/15 min) at start: ${load(loadAtStart)}; at end: ${load(os.loadavg())} ` +
    `(other work on this machine skews the figures)`,
);
const e = engine.single;
const listMedians = e.list.map((l) => `${fmtMs(l.timing.medianMs)} (${l.type})`).join(", ");
console.log(
  `Engine, 1 doctor, ${e.busy} mixed-length bookings, 60 days: listFreeSlots median ${listMedians}; ` +
    `findNextFreeSlot median ${fmtMs(e.findNextFreeSlot.medianMs)}`,
);
console.log(
  `Engine, earliest ${engine.many.type} across ${engine.many.doctors} doctors (${engine.many.busyTotal} bookings): ` +
    `median ${fmtMs(engine.many.earliest.medianMs)} (p95 ${fmtMs(engine.many.earliest.p95Ms)}); ` +
    `each doctor's next one: median ${fmtMs(engine.many.eachNext.medianMs)} per batch`,
);
console.log(
  `Booking, ${booking.options.clients} clients × ${(booking.options.durationMs / 1000).toFixed(0)} s, ` +
    `Prisma pool ${booking.options.poolSize}: ${b.bookingsPerSecond.toFixed(1)} bookings/s, ` +
    `${b.conflictsPerSecond.toFixed(1)} conflicts/s, ${b.errors} errors, ` +
    `${b.exclusiveFailures} failed uncontested picks; ` +
    `latency ${lat(b.latency.all)}`,
);
console.log(
  `Booking, one call at a time: ${(booking.single.calls / booking.single.seconds).toFixed(1)} calls/s, ` +
    `latency ${lat(booking.single.latency)}`,
);
console.log(
  `Raw INSERT, ${booking.options.clients} clients, pool ${booking.options.poolSize}: ` +
    `${booking.raw.insertsPerSecond.toFixed(1)} inserts/s; booking/raw = ${(booking.ratio * 100).toFixed(2)}%`,
);
console.log(
  `Overlapping live appointments: doctor ${booking.doctorOverlaps}, patient ${booking.patientOverlaps} -> ` +
    `${booking.ok ? "OK" : "FAILED"}`,
);
process.exitCode = booking.ok ? 0 : 1;
