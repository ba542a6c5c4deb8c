// Engine benchmark: the pure slot engine (lib/scheduling/availability.ts), no database.
//   npx tsx bench/engine.bench.ts            (or as part of `npm run bench`)
// (a) one busy doctor over 60 days: listFreeSlots and findNextFreeSlot per call;
// (b) the next free slot of 200 doctors, timed as one batch (what a "find a doctor" page computes).
// All data is generated from a fixed seed and fixed dates, so every run measures the same inputs.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Temporal } from "temporal-polyfill";
import {
  findNextFreeSlot,
  listFreeSlots,
  type AvailabilityInput,
  type TimeRange,
  type WeeklyInterval,
} from "@/lib/scheduling/availability";

const TIME_ZONE = "Europe/London";
/** Monday 1 March 2027, 00:00 UTC. The 60-day window runs to 30 April and contains the 28 March 2027 clock change. */
const NOW = new Date("2027-03-01T00:00:00Z");
const WINDOW_DAYS = 60;
const RANGE: TimeRange = { start: NOW, end: new Date(NOW.getTime() + WINDOW_DAYS * 86_400_000) };
/** Clinic closed: Good Friday and Easter Monday 2027 (England). */
const HOLIDAYS = ["2027-03-26", "2027-03-29"];

// ---------------------------------------------------------------------------------------------
// Small helpers (deterministic randomness, wall time → instant, statistics)

/** mulberry32: a tiny seeded PRNG so the generated inputs are identical on every run. */
export function seededRandom(seed: number): () => number {
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

/** The instant of local wall time `minute` (after midnight) on `date` in the clinic's zone. */
function wall(date: Temporal.PlainDate, minute: number): Date {
  const zoned = date
    .toPlainDateTime()
    .add({ minutes: minute })
    .toZonedDateTime(TIME_ZONE, { disambiguation: "compatible" });
  return new Date(zoned.epochMilliseconds);
}

const firstDate = Temporal.Instant.fromEpochMilliseconds(NOW.getTime()).toZonedDateTimeISO(TIME_ZONE).toPlainDate();
const windowDates = Array.from({ length: WINDOW_DAYS }, (_, i) => firstDate.add({ days: i }));

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export type Timing = { runs: number; medianMs: number; p95Ms: number; minMs: number; maxMs: number; meanMs: number };

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return {
    runs: samples.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    minMs: sorted[0]!,
    maxMs: sorted[sorted.length - 1]!,
    meanMs: mean,
  };
}

/** Times `fn` `runs` times after `warmup` untimed calls. The checksum keeps the work observable. */
function measure(fn: () => number, warmup: number, runs: number): Timing & { checksum: number } {
  let checksum = 0;
  for (let i = 0; i < warmup; i++) checksum += fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checksum += fn();
    samples.push(performance.now() - t0);
  }
  return { ...summarize(samples), checksum };
}

export const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3)) + " ms";
const fmtTiming = (t: Timing) =>
  `median ${fmtMs(t.medianMs)}, p95 ${fmtMs(t.p95Ms)}, min ${fmtMs(t.minMs)}, max ${fmtMs(t.maxMs)} (${t.runs} timed runs)`;

// ---------------------------------------------------------------------------------------------
// (a) One doctor, 2,000 busy appointments in 60 days

/**
 * Weekdays 08:00–12:30 and 13:30–18:00 (lunch 12:30–13:30), 15-minute slots. 2,000 live appointments
 * over the 60 days. 60 days hold only ~1,400 fifteen-minute positions on open days, so 2,000
 * non-overlapping appointments cannot all be 15 minutes long: they are 5, 10 or 15 minutes
 * (75% / 20% / 5%, e.g. short follow-ups) on a 5-minute grid, never overlapping each other,
 * scattered randomly within the working hours of open days. Leaves: three whole days, one
 * afternoon and one morning. No buffers.
 */
export function singleDoctorInput(): {
  input: AvailabilityInput;
  stats: { busy: number; leaves: number; holidays: number; openSegments: number };
} {
  const random = seededRandom(20270301);
  const segments = [
    { startMinute: 8 * 60, endMinute: 12 * 60 + 30 },
    { startMinute: 13 * 60 + 30, endMinute: 18 * 60 },
  ];
  const weeklyHours: WeeklyInterval[] = [1, 2, 3, 4, 5].flatMap((weekday) => segments.map((s) => ({ weekday, ...s })));
  const leaveDays = ["2027-04-12", "2027-04-13", "2027-04-14"];
  const d = (s: string) => Temporal.PlainDate.from(s);
  const leaves: TimeRange[] = [
    { start: wall(d(leaveDays[0]!), 0), end: wall(d(leaveDays[2]!), 1440) },
    { start: wall(d("2027-03-10"), 13 * 60), end: wall(d("2027-03-10"), 18 * 60) }, // an afternoon off
    { start: wall(d("2027-04-21"), 8 * 60), end: wall(d("2027-04-21"), 12 * 60 + 30) }, // a morning off
  ];
  const halfDaysOff = new Set(["2027-03-10#1", "2027-04-21#0"]);

  // Open working segments (a date's morning or afternoon) that can hold appointments.
  const open: { date: Temporal.PlainDate; segment: { startMinute: number; endMinute: number } }[] = [];
  for (const date of windowDates) {
    if (date.dayOfWeek > 5 || HOLIDAYS.includes(date.toString()) || leaveDays.includes(date.toString())) continue;
    segments.forEach((segment, i) => {
      if (!halfDaysOff.has(`${date.toString()}#${i}`)) open.push({ date, segment });
    });
  }

  const total = 2000;
  const busy: TimeRange[] = [];
  open.forEach(({ date, segment }, index) => {
    const count = Math.floor(total / open.length) + (index < total % open.length ? 1 : 0);
    const cells = (segment.endMinute - segment.startMinute) / 5;
    // Durations in 5-minute cells, shortened if they would not fit.
    const lengths = Array.from({ length: count }, () => {
      const r = random();
      return r < 0.75 ? 1 : r < 0.95 ? 2 : 3;
    });
    for (let i = 0; lengths.reduce((s, x) => s + x, 0) > cells; i++) lengths[i % count] = 1;
    // Spread the free cells randomly into the count + 1 gaps before, between and after them.
    const gaps = new Array<number>(count + 1).fill(0);
    for (let free = cells - lengths.reduce((s, x) => s + x, 0); free > 0; free--)
      gaps[Math.floor(random() * gaps.length)]!++;
    let cell = 0;
    lengths.forEach((length, i) => {
      cell += gaps[i]!;
      const startMinute = segment.startMinute + cell * 5;
      busy.push({ start: wall(date, startMinute), end: wall(date, startMinute + length * 5) });
      cell += length;
    });
  });
  shuffle(busy, random); // the engine takes busy times unsorted

  return {
    input: {
      timeZone: TIME_ZONE,
      weeklyHours,
      slotMinutes: 15,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      leaves,
      holidays: HOLIDAYS,
      busy,
      minNoticeMinutes: 120,
      bookingWindowDays: WINDOW_DAYS,
      now: NOW,
    },
    stats: { busy: busy.length, leaves: leaves.length, holidays: HOLIDAYS.length, openSegments: open.length },
  };
}

// ---------------------------------------------------------------------------------------------
// (b) 200 doctors

const TEMPLATES: { name: string; hours: WeeklyInterval[] }[] = [
  {
    name: "Mon–Fri 08:00–12:30 + 13:30–18:00",
    hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, startMinute: 480, endMinute: 750 },
      { weekday, startMinute: 810, endMinute: 1080 },
    ]),
  },
  {
    name: "Mon–Fri 07:00–15:00",
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 420, endMinute: 900 })),
  },
  {
    name: "Mon–Thu 12:00–20:00",
    hours: [1, 2, 3, 4].map((weekday) => ({ weekday, startMinute: 720, endMinute: 1200 })),
  },
  {
    name: "Tue–Sat 09:00–12:00 + 13:00–17:00",
    hours: [2, 3, 4, 5, 6].flatMap((weekday) => [
      { weekday, startMinute: 540, endMinute: 720 },
      { weekday, startMinute: 780, endMinute: 1020 },
    ]),
  },
  {
    name: "Mon/Wed/Fri 08:00–13:00",
    hours: [1, 3, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 780 })),
  },
];

export type DoctorKind = "normal" | "booked-up-for-weeks" | "fully-booked";

/**
 * 200 doctors in the same clinic (Europe/London, same holidays): hours from five templates, slots of
 * 10/15/20/30 minutes, some with a 5-minute buffer, a fifth with a week of leave. Busy load: the
 * candidate slots are booked with a probability that falls with distance from today; 70% of the
 * doctors have a load of 20–90%, 20% are fully booked for their first 7–35 days, 10% are fully booked
 * for the whole window (their next free slot is null: the engine scans all 60 days).
 */
export function manyDoctorInputs(count = 200): { inputs: AvailabilityInput[]; kinds: DoctorKind[]; busyTotal: number } {
  const random = seededRandom(200);
  const inputs: AvailabilityInput[] = [];
  const kinds: DoctorKind[] = [];
  let busyTotal = 0;
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]!;
    const slotMinutes = [10, 15, 20, 30][Math.floor(random() * 4)]!;
    const leaves: TimeRange[] = [];
    if (random() < 0.2) {
      const first = windowDates[Math.floor(random() * (WINDOW_DAYS - 7))]!;
      leaves.push({ start: wall(first, 0), end: wall(first.add({ days: 7 }), 0) });
    }
    const base: AvailabilityInput = {
      timeZone: TIME_ZONE,
      weeklyHours: template.hours,
      slotMinutes,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: random() < 0.3 ? 5 : 0,
      leaves,
      holidays: HOLIDAYS,
      busy: [],
      minNoticeMinutes: 120,
      bookingWindowDays: WINDOW_DAYS,
      now: NOW,
    };
    const roll = random();
    const kind: DoctorKind = roll < 0.1 ? "fully-booked" : roll < 0.3 ? "booked-up-for-weeks" : "normal";
    const load = 0.2 + random() * 0.7;
    const fullDays = 7 + Math.floor(random() * 29);
    // Book from the empty schedule (with no buffer, so adjacent slots can all be booked).
    // The window's last local date runs past RANGE.end (00:00 UTC): list up to two days beyond it.
    const candidates = listFreeSlots(
      { ...base, bufferAfterMinutes: 0 },
      { start: NOW, end: new Date(RANGE.end.getTime() + 2 * 86_400_000) },
    );
    const busy = candidates.filter((slot) => {
      const day = (slot.start.getTime() - NOW.getTime()) / 86_400_000;
      if (kind === "fully-booked" || (kind === "booked-up-for-weeks" && day < fullDays)) return true;
      return random() < Math.min(1, load * (1.6 - day / 50));
    });
    shuffle(busy, random);
    busyTotal += busy.length;
    inputs.push({ ...base, busy });
    kinds.push(kind);
  }
  return { inputs, kinds, busyTotal };
}

// ---------------------------------------------------------------------------------------------

export type EngineResult = {
  single: {
    busy: number;
    listFreeSlots: Timing;
    freeSlots: number;
    findNextFreeSlot: Timing;
    findNextFromMidRange: Timing;
  };
  many: {
    doctors: number;
    busyTotal: number;
    allNextFree: Timing;
    perDoctorMedianUs: number;
    found: number;
    none: number;
  };
};

export function runEngineBench(log: (line: string) => void = console.log): EngineResult {
  log("== Engine benchmark (pure, in-process; lib/scheduling/availability.ts) ==");
  log(
    `Zone ${TIME_ZONE}; now ${NOW.toISOString()}; window ${WINDOW_DAYS} days (to ${RANGE.end.toISOString()}), includes the 2027-03-28 clock change; holidays ${HOLIDAYS.join(", ")}.`,
  );

  // (a)
  const { input, stats } = singleDoctorInput();
  const freeSlots = listFreeSlots(input, RANGE).length;
  log("");
  log(
    `(a) One doctor: Mon–Fri 08:00–12:30 + 13:30–18:00, 15-min slots, no buffers; ${stats.busy} busy appointments (5/10/15 min) in ${stats.openSegments} open half-days; ${stats.leaves} leaves; ${stats.holidays} holidays.`,
  );
  const list = measure(() => listFreeSlots(input, RANGE).length, 50, 200);
  log(`    listFreeSlots over the 60-day range (returns ${freeSlots} free slots): ${fmtTiming(list)}`);
  const next = measure(() => findNextFreeSlot(input)?.start.getTime() ?? 0, 200, 1000);
  const firstFree = findNextFreeSlot(input);
  log(`    findNextFreeSlot from now (finds ${firstFree?.start.toISOString() ?? "none"}): ${fmtTiming(next)}`);
  const mid = new Date(NOW.getTime() + 30 * 86_400_000);
  const nextMid = measure(() => findNextFreeSlot(input, mid)?.start.getTime() ?? 0, 200, 1000);
  log(`    findNextFreeSlot from day 30 (${mid.toISOString()}): ${fmtTiming(nextMid)}`);

  // (b)
  const { inputs, kinds, busyTotal } = manyDoctorInputs(200);
  const count = (k: DoctorKind) => kinds.filter((x) => x === k).length;
  const results = inputs.map((doctor) => findNextFreeSlot(doctor));
  const found = results.filter((r) => r !== null).length;
  log("");
  log(
    `(b) Next free slot for ${inputs.length} doctors: 5 hour templates, 10/15/20/30-min slots, ${busyTotal} busy appointments in all (avg ${Math.round(busyTotal / inputs.length)} per doctor); ` +
      `${count("normal")} normal load, ${count("booked-up-for-weeks")} booked up for 7–35 days, ${count("fully-booked")} fully booked (no free slot: full 60-day scan).`,
  );
  const all = measure(
    () => inputs.reduce((sum, doctor) => sum + (findNextFreeSlot(doctor)?.start.getTime() ?? 0) / 1e12, 0),
    10,
    50,
  );
  log(
    `    one run = findNextFreeSlot for all ${inputs.length} doctors: ${fmtTiming(all)}; ${found} found a slot, ${inputs.length - found} none`,
  );
  log(`    = ${((all.medianMs / inputs.length) * 1000).toFixed(1)} µs per doctor (median run / ${inputs.length})`);

  return {
    single: { busy: stats.busy, listFreeSlots: list, freeSlots, findNextFreeSlot: next, findNextFromMidRange: nextMid },
    many: {
      doctors: inputs.length,
      busyTotal,
      allNextFree: all,
      perDoctorMedianUs: (all.medianMs / inputs.length) * 1000,
      found,
      none: inputs.length - found,
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runEngineBench();
