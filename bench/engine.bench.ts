// Engine benchmark: the pure slot engine (lib/scheduling/availability.ts), no database.
//   npx tsx bench/engine.bench.ts            (or as part of `npm run bench`)
// (a) one doctor booked almost solid with 2,000 visits of mixed types over 60 days: listFreeSlots per
//     visit type, and findNextFreeSlot;
// (b) 200 doctors with mixed-type bookings: the earliest slot of one visit type across all of them
//     (findEarliestFreeSlot, "any doctor, earliest first"), and each doctor's next slot of that type.
// All data is generated from a fixed seed and fixed dates, so every run measures the same inputs.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Temporal } from "temporal-polyfill";
import {
  findEarliestFreeSlot,
  findNextFreeSlot,
  listFreeSlots,
  type AvailabilityInput,
  type BusyRange,
  type TimeRange,
  type VisitSpec,
  type WeeklyInterval,
} from "@/lib/scheduling/availability";

const TIME_ZONE = "Europe/London";
/** Monday 1 March 2027, 00:00 UTC. The 60-day window runs to 30 April and contains the 28 March 2027 clock change. */
const NOW = new Date("2027-03-01T00:00:00Z");
const WINDOW_DAYS = 60;
const RANGE: TimeRange = { start: NOW, end: new Date(NOW.getTime() + WINDOW_DAYS * 86_400_000) };
/** Clinic closed: Good Friday and Easter Monday 2027 (England). */
const HOLIDAYS = ["2027-03-26", "2027-03-29"];

/** The clinic's visit types (name, length, buffers) and how often each is booked. */
export const VISIT_TYPES = {
  followUp: { name: "follow-up", durationMinutes: 10, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, share: 0.4 },
  consultation: {
    name: "consultation",
    durationMinutes: 15,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    share: 0.25,
  },
  newPatient: { name: "new patient", durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 5, share: 0.15 },
  video: { name: "video call", durationMinutes: 20, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, share: 0.1 },
  procedure: { name: "procedure", durationMinutes: 45, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, share: 0.07 },
  longProcedure: {
    name: "long procedure",
    durationMinutes: 60,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 15,
    share: 0.03,
  },
} as const;
type VisitType = (typeof VISIT_TYPES)[keyof typeof VISIT_TYPES];
const TYPE_LIST: VisitType[] = Object.values(VISIT_TYPES);
const visitSpec = (t: VisitType): VisitSpec => ({
  durationMinutes: t.durationMinutes,
  bufferBeforeMinutes: t.bufferBeforeMinutes,
  bufferAfterMinutes: t.bufferAfterMinutes,
});

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

/**
 * The bookings in random order, as a database returns rows it has no reason to sort, and allocated in
 * that order, as a driver allocates the rows it reads (shuffling objects made in time order would
 * scatter them in memory instead, a cost no real caller has).
 */
function asRows(busy: BusyRange[], random: () => number): BusyRange[] {
  return shuffle(busy, random).map((b) => ({
    ...b,
    start: new Date(b.start.getTime()),
    end: new Date(b.end.getTime()),
  }));
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
  `median ${fmtMs(t.medianMs)}, p95 ${fmtMs(t.p95Ms)}, ` +
  `min ${fmtMs(t.minMs)}, max ${fmtMs(t.maxMs)} (${t.runs} timed runs)`;

// ---------------------------------------------------------------------------------------------
// Bookings of mixed visit types

function pickType(random: () => number): VisitType {
  let r = random();
  for (const t of TYPE_LIST) if ((r -= t.share) < 0) return t;
  return VISIT_TYPES.followUp;
}

/**
 * Walks each open working interval of the window on the doctor's grid and books visits of random types
 * back to back (each type's buffers kept), leaving one grid step free instead with probability
 * 1 − bookProbability(day index). A type that does not fit before the interval's end gives way to a
 * follow-up, so a day booked with probability 1 has no gap longer than 10 minutes.
 */
function bookIntervals(
  hours: WeeklyInterval[],
  gridMinutes: number,
  skip: (date: Temporal.PlainDate, interval: WeeklyInterval) => boolean,
  bookProbability: (day: number) => number,
  random: () => number,
): BusyRange[] {
  const busy: BusyRange[] = [];
  windowDates.forEach((date, day) => {
    if (HOLIDAYS.includes(date.toString())) return;
    for (const interval of hours.filter((h) => h.weekday === date.dayOfWeek)) {
      if (skip(date, interval)) continue;
      let cursor = interval.startMinute; // the end of the last visit's after-buffer
      while (cursor < interval.endMinute) {
        if (random() >= bookProbability(day)) {
          cursor += gridMinutes;
          continue;
        }
        let type = pickType(random);
        const fits = (t: VisitType) => {
          const start =
            interval.startMinute +
            Math.ceil((cursor + t.bufferBeforeMinutes - interval.startMinute) / gridMinutes) * gridMinutes;
          return start + t.durationMinutes <= interval.endMinute ? start : null;
        };
        let start = fits(type);
        if (start === null) start = fits((type = VISIT_TYPES.followUp));
        if (start === null) break;
        busy.push({
          start: wall(date, start),
          end: wall(date, start + type.durationMinutes),
          bufferBeforeMinutes: type.bufferBeforeMinutes,
          bufferAfterMinutes: type.bufferAfterMinutes,
        });
        cursor = start + type.durationMinutes + type.bufferAfterMinutes;
      }
    }
  });
  return busy;
}

// ---------------------------------------------------------------------------------------------
// (a) One doctor, 2,000 bookings of mixed types in 60 days

/**
 * Every day 07:00–21:00 on a 5-minute grid (slotMinutes 15: the doctor's own visit is a consultation),
 * an afternoon off, the clinic's two holidays. Every open interval is first booked solid with visits of
 * the six types (10–60 minutes, each with its own buffers), then 2,000 of them are kept at random, so
 * the free time is scattered in gaps of every size. The busy list is in random order (the engine takes it unsorted).
 */
export function singleDoctorInput(): {
  input: AvailabilityInput;
  stats: { busy: number; byType: string; leaves: number; holidays: number };
} {
  const random = seededRandom(20270301);
  const weeklyHours: WeeklyInterval[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    startMinute: 7 * 60,
    endMinute: 21 * 60,
  }));
  const afternoonOff = Temporal.PlainDate.from("2027-03-10");
  const leaves: TimeRange[] = [{ start: wall(afternoonOff, 13 * 60), end: wall(afternoonOff, 21 * 60) }];
  const solid = bookIntervals(
    weeklyHours,
    5,
    () => false,
    () => 1,
    random,
  );
  const busy = asRows(shuffle(solid, random).slice(0, 2000), random);
  if (busy.length < 2000) throw new Error(`Only ${busy.length} bookings fit`);
  const count = (t: VisitType) =>
    busy.filter((b) => b.end.getTime() - b.start.getTime() === t.durationMinutes * 60_000).length;
  const byType = TYPE_LIST.map((t) => `${count(t)} × ${t.durationMinutes} min`).join(", ");
  return {
    input: {
      timeZone: TIME_ZONE,
      weeklyHours,
      slotMinutes: 15,
      gridMinutes: 5,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      leaves,
      holidays: HOLIDAYS,
      busy,
      minNoticeMinutes: 120,
      bookingWindowDays: WINDOW_DAYS,
      now: NOW,
    },
    stats: { busy: busy.length, byType, leaves: leaves.length, holidays: HOLIDAYS.length },
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
 * 200 doctors in the same clinic (Europe/London, same holidays): hours from five templates, grids of
 * 5/10/15 minutes, a fifth with a week of leave. Bookings of the six visit types, placed as in (a) with a
 * probability that falls with the distance from today: 70% of the doctors have a load of 20–90%, 20%
 * are booked solid for their first 7–35 days, 10% for the whole window (no slot of any type but a
 * follow-up in a leftover gap: the engine scans all 60 days for them).
 */
export function manyDoctorInputs(count = 200): { inputs: AvailabilityInput[]; kinds: DoctorKind[]; busyTotal: number } {
  const random = seededRandom(200);
  const inputs: AvailabilityInput[] = [];
  const kinds: DoctorKind[] = [];
  let busyTotal = 0;
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]!;
    const gridMinutes = [5, 10, 15][Math.floor(random() * 3)]!;
    const leaves: TimeRange[] = [];
    if (random() < 0.2) {
      const first = windowDates[Math.floor(random() * (WINDOW_DAYS - 7))]!;
      leaves.push({ start: wall(first, 0), end: wall(first.add({ days: 7 }), 0) });
    }
    const onLeave = (date: Temporal.PlainDate) => leaves.some((l) => l.start <= wall(date, 0) && wall(date, 0) < l.end);
    const roll = random();
    const kind: DoctorKind = roll < 0.1 ? "fully-booked" : roll < 0.3 ? "booked-up-for-weeks" : "normal";
    const load = 0.2 + random() * 0.7;
    const fullDays = 7 + Math.floor(random() * 29);
    const probability = (day: number) =>
      kind === "fully-booked" || (kind === "booked-up-for-weeks" && day < fullDays)
        ? 1
        : Math.min(1, load * (1.6 - day / 50));
    const busy = asRows(bookIntervals(template.hours, gridMinutes, onLeave, probability, random), random);
    busyTotal += busy.length;
    inputs.push({
      timeZone: TIME_ZONE,
      weeklyHours: template.hours,
      slotMinutes: 15,
      gridMinutes,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      leaves,
      holidays: HOLIDAYS,
      busy,
      minNoticeMinutes: 120,
      bookingWindowDays: WINDOW_DAYS,
      now: NOW,
    });
    kinds.push(kind);
  }
  return { inputs, kinds, busyTotal };
}

// ---------------------------------------------------------------------------------------------

type ListTiming = { type: string; slots: number; timing: Timing };
export type EngineResult = {
  single: { busy: number; list: ListTiming[]; findNextFreeSlot: Timing };
  many: {
    doctors: number;
    busyTotal: number;
    type: string;
    earliest: Timing;
    found: string;
    eachNext: Timing;
    withSlot: number;
  };
};

export function runEngineBench(log: (line: string) => void = console.log): EngineResult {
  log("== Engine benchmark (pure, in-process; lib/scheduling/availability.ts) ==");
  log(
    `Zone ${TIME_ZONE}; now ${NOW.toISOString()}; window ${WINDOW_DAYS} days (to ${RANGE.end.toISOString()}), ` +
      `includes the 2027-03-28 clock change; holidays ${HOLIDAYS.join(", ")}.`,
  );
  const typeBuffers = (t: VisitType) =>
    t.bufferBeforeMinutes || t.bufferAfterMinutes ? ` (+${t.bufferBeforeMinutes}/${t.bufferAfterMinutes})` : "";
  const typeSummaries = TYPE_LIST.map((t) => `${t.name} ${t.durationMinutes} min${typeBuffers(t)}`).join(", ");
  log(`Visit types: ${typeSummaries}.`);

  // (a)
  const { input, stats } = singleDoctorInput();
  log("");
  log(
    `(a) One doctor: every day 07:00–21:00, 5-min grid, one afternoon off; ` +
      `${stats.busy} bookings of mixed types (${stats.byType}) with their own buffers; ${stats.holidays} holidays.`,
  );
  const list: ListTiming[] = [];
  for (const t of [VISIT_TYPES.consultation, VISIT_TYPES.newPatient, VISIT_TYPES.procedure]) {
    const typed = { ...input, visit: visitSpec(t) };
    const slots = listFreeSlots(typed, RANGE).length;
    const timing = measure(() => listFreeSlots(typed, RANGE).length, 50, 200);
    list.push({ type: `${t.name} ${t.durationMinutes} min`, slots, timing });
    log(
      `    listFreeSlots, ${t.name} (${t.durationMinutes} min), 60 days ` +
        `(returns ${slots} free slots): ${fmtTiming(timing)}`,
    );
  }
  const procedure = { ...input, visit: visitSpec(VISIT_TYPES.procedure) };
  const next = measure(() => findNextFreeSlot(procedure)?.start.getTime() ?? 0, 200, 1000);
  const nextFound = findNextFreeSlot(procedure)?.start.toISOString() ?? "none";
  log(`    findNextFreeSlot, procedure, from now (finds ${nextFound}): ${fmtTiming(next)}`);

  // (b)
  const { inputs, kinds, busyTotal } = manyDoctorInputs(200);
  const count = (k: DoctorKind) => kinds.filter((x) => x === k).length;
  const type = VISIT_TYPES.procedure;
  const typed = inputs.map((doctor) => ({ ...doctor, visit: visitSpec(type) }));
  log("");
  log(
    `(b) ${inputs.length} doctors: 5 hour templates, 5/10/15-min grids, ${busyTotal} bookings of mixed types in all ` +
      `(avg ${Math.round(busyTotal / inputs.length)} per doctor); ` +
      `${count("normal")} normal load, ${count("booked-up-for-weeks")} booked up for 7–35 days, ` +
      `${count("fully-booked")} booked solid for 60 days.`,
  );
  const best = findEarliestFreeSlot(typed);
  const found = best ? `doctor #${best.index}, ${best.slot.start.toISOString()}` : "none";
  const earliest = measure(() => findEarliestFreeSlot(typed)?.slot.start.getTime() ?? 0, 20, 200);
  log(
    `    findEarliestFreeSlot, ${type.name} ` +
      `(${type.durationMinutes} min +${type.bufferBeforeMinutes}/${type.bufferAfterMinutes}) ` +
      `across all ${inputs.length} (finds ${found}): ${fmtTiming(earliest)}`,
  );
  const withSlot = typed.filter((doctor) => findNextFreeSlot(doctor) !== null).length;
  const eachNext = measure(
    () => typed.reduce((sum, doctor) => sum + (findNextFreeSlot(doctor)?.start.getTime() ?? 0) / 1e12, 0),
    10,
    50,
  );
  log(
    `    one run = findNextFreeSlot of that type for each of the ${inputs.length} (to sort them by it): ` +
      `${fmtTiming(eachNext)}; ${withSlot} have one, ${inputs.length - withSlot} none`,
  );

  return {
    single: { busy: stats.busy, list, findNextFreeSlot: next },
    many: {
      doctors: inputs.length,
      busyTotal,
      type: `${type.name} ${type.durationMinutes} min`,
      earliest,
      found,
      eachNext,
      withSlot,
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runEngineBench();
