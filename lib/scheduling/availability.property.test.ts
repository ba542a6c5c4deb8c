import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  bookingWindowEnd,
  findEarliestFreeSlot,
  findNextFreeSlot,
  isSlotOffered,
  isWithinWorkingTime,
  listFreeSlots,
  type AvailabilityInput,
  type TimeRange,
  type WeeklyInterval,
} from "./availability";
import { oracleFreeSlots, oracleWithinWorkingTime } from "./availability-oracle";

// Random schedules compared with the minute-by-minute oracle. Runs: AVAILABILITY_PROPERTY_RUNS
// (default 10,000 for the oracle comparison and 2,000 for the consistency checks that follow it;
// `npm run test:property` runs 100,000 of each).
// eslint-disable-next-line no-restricted-properties -- test harness setting, not scheduling logic
const RUNS = Number(process.env.AVAILABILITY_PROPERTY_RUNS ?? 10_000);
// eslint-disable-next-line no-restricted-properties -- as above
const CHECK_RUNS = process.env.AVAILABILITY_PROPERTY_RUNS ? RUNS : 2_000;
const TIMEOUT_MS = 120_000 + RUNS * 20;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Each zone with the local dates of its DST changes (plus ordinary dates shared by all). */
const ZONES: Record<string, string[]> = {
  "Europe/London": ["2026-03-29", "2026-10-25"],
  "America/New_York": ["2026-03-08", "2026-11-01"],
  "Australia/Sydney": ["2026-04-05", "2026-10-04"],
  "Asia/Dhaka": ["2009-06-19", "2009-12-31"],
  "America/Sao_Paulo": ["2018-11-04", "2019-02-16", "2019-02-17"],
  // Half-hour changes: 02:00 → 01:30 in April, 02:00 → 02:30 in October.
  "Australia/Lord_Howe": ["2026-04-05", "2026-10-04"],
  // At midnight: Sunday 00:00 back to Saturday 23:00 in March, Sunday 00:00 → 01:00 in October.
  "America/Asuncion": ["2023-03-25", "2023-03-26", "2023-10-01"],
  UTC: [],
};
const ORDINARY_DATES = ["2026-01-14", "2026-07-15", "2026-12-31", "2018-11-20", "2009-08-01", "2023-07-12"];

const minuteOfDay = fc.oneof(
  fc.integer({ min: 0, max: 1440 }),
  fc.integer({ min: 0, max: 48 }).map((half) => half * 30), // on the hour or half hour, where DST changes happen
  fc.constantFrom(0, 1440), // whole-day edges, where Sao Paulo and Dhaka change
);

/** 1–3 non-overlapping intervals on one weekday, from sorted distinct cut points. */
const dayIntervals = (weekday: number) =>
  fc.uniqueArray(minuteOfDay, { minLength: 2, maxLength: 6 }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const intervals: WeeklyInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({ weekday, startMinute: sorted[i]!, endMinute: sorted[i + 1]! });
    }
    return intervals;
  });

const weeklyHours = fc
  .oneof(fc.constant([1, 2, 3, 4, 5, 6, 7]), fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }))
  .chain((weekdays) => fc.tuple(...weekdays.map(dayIntervals)))
  .map((perDay) => perDay.flat())
  .chain((intervals) => fc.shuffledSubarray(intervals, { minLength: intervals.length, maxLength: intervals.length }));

const localDateAdd = (date: string, days: number) => Temporal.PlainDate.from(date).add({ days }).toString();

type Case = { input: AvailabilityInput; range: TimeRange };

const scenario: fc.Arbitrary<Case> = fc
  .constantFrom(...Object.keys(ZONES))
  .chain((timeZone) =>
    fc.record({
      timeZone: fc.constant(timeZone),
      anchorDate: fc.oneof(
        {
          weight: 3,
          arbitrary:
            ZONES[timeZone]!.length > 0 ? fc.constantFrom(...ZONES[timeZone]!) : fc.constantFrom(...ORDINARY_DATES),
        },
        { weight: 1, arbitrary: fc.constantFrom(...ORDINARY_DATES, ...Object.values(ZONES).flat()) },
      ),
      // Range: starts up to 30 h before/after the anchor date's UTC midnight, lasts up to 36 h.
      rangeShiftMs: fc
        .integer({ min: -30 * HOUR, max: 30 * HOUR })
        .chain((ms) =>
          fc.oneof(
            fc.constant(Math.round(ms / HOUR) * HOUR),
            fc.constant(Math.round(ms / MINUTE) * MINUTE),
            fc.constant(ms),
          ),
        ),
      rangeMs: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 12 * HOUR, max: 36 * HOUR }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 12 * HOUR }) },
      ),
      nowShiftMs: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -3 * DAY, max: 0 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: DAY }) },
      ),
      weeklyHours,
      slotMinutes: fc.integer({ min: 5, max: 90 }),
      // The doctor's grid: often absent (= slotMinutes, today's single visit length), else its own step.
      gridMinutes: fc.oneof(
        fc.constant(undefined),
        fc.integer({ min: 5, max: 90 }),
        fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
      ),
      bufferBeforeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
      bufferAfterMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
      // A visit type: absent (the doctor's own visit), else any length up to 4 h, with or without own buffers.
      visit: fc.option(
        fc.record(
          {
            durationMinutes: fc.oneof(fc.integer({ min: 5, max: 240 }), fc.constantFrom(15, 30, 45, 60, 90)),
            bufferBeforeMinutes: fc.integer({ min: 0, max: 20 }),
            bufferAfterMinutes: fc.integer({ min: 0, max: 20 }),
          },
          { requiredKeys: ["durationMinutes"] },
        ),
        { nil: undefined, freq: 2 },
      ),
      // Existing bookings of any length, some with their own type's buffers.
      busy: fc.array(
        fc.record(
          {
            offsetMinutes: fc.integer({ min: -6 * 60, max: 54 * 60 }),
            minutes: fc.oneof(fc.integer({ min: 5, max: 240 }), fc.constantFrom(15, 30, 45, 60)),
            jitterMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MINUTE - 1 })),
            bufferBeforeMinutes: fc.integer({ min: 0, max: 30 }),
            bufferAfterMinutes: fc.integer({ min: 0, max: 30 }),
          },
          { requiredKeys: ["offsetMinutes", "minutes", "jitterMs"] },
        ),
        { maxLength: 8 },
      ),
      leaves: fc.array(
        fc.record({
          offsetMinutes: fc.integer({ min: -24 * 60, max: 54 * 60 }),
          minutes: fc.integer({ min: 1, max: 36 * 60 }),
        }),
        { maxLength: 2 },
      ),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: -2, max: 3 }), { maxLength: 2 }),
      minNoticeMinutes: fc.oneof(
        { weight: 3, arbitrary: fc.constant(0) },
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 180 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 48 * 60 }) },
      ),
      bookingWindowDays: fc.oneof(fc.integer({ min: 0, max: 7 }), fc.constant(60)),
    }),
  )
  .map((c) => {
    const anchorMs = Date.parse(`${c.anchorDate}T00:00:00Z`);
    const rangeStart = anchorMs + c.rangeShiftMs;
    const range = { start: new Date(rangeStart), end: new Date(rangeStart + c.rangeMs) };
    const at = (minutes: number, ms = 0) => new Date(rangeStart - (rangeStart % MINUTE) + minutes * MINUTE + ms);
    const input: AvailabilityInput = {
      timeZone: c.timeZone,
      weeklyHours: c.weeklyHours,
      slotMinutes: c.slotMinutes,
      ...(c.gridMinutes === undefined ? {} : { gridMinutes: c.gridMinutes }),
      bufferBeforeMinutes: c.bufferBeforeMinutes,
      bufferAfterMinutes: c.bufferAfterMinutes,
      ...(c.visit === undefined ? {} : { visit: c.visit }),
      busy: c.busy.map(({ offsetMinutes, minutes, jitterMs, ...buffers }) => ({
        start: at(offsetMinutes, jitterMs),
        end: at(offsetMinutes + minutes, jitterMs),
        ...buffers,
      })),
      leaves: c.leaves.map((l) => ({ start: at(l.offsetMinutes), end: at(l.offsetMinutes + l.minutes) })),
      holidays: c.holidayOffsets.map((d) => localDateAdd(c.anchorDate, d)),
      minNoticeMinutes: c.minNoticeMinutes,
      bookingWindowDays: c.bookingWindowDays,
      now: new Date(rangeStart + c.nowShiftMs),
    };
    return { input, range };
  });

const iso = (slots: TimeRange[]) => slots.map((s) => `${s.start.toISOString()}–${s.end.toISOString()}`);

/** The first instant after the booking window: the start of (local date of now + window + 1). */
function windowEnd(input: AvailabilityInput): Date {
  const today = Temporal.Instant.fromEpochMilliseconds(input.now.getTime())
    .toZonedDateTimeISO(input.timeZone)
    .toPlainDate();
  return new Date(today.add({ days: input.bookingWindowDays + 1 }).toZonedDateTime(input.timeZone).epochMilliseconds);
}

describe(`availability properties (${RUNS} oracle runs, ${CHECK_RUNS} per check)`, () => {
  it(
    "listFreeSlots matches the minute-by-minute oracle",
    () => {
      fc.assert(
        fc.property(scenario, ({ input, range }) => {
          expect(iso(listFreeSlots(input, range))).toEqual(iso(oracleFreeSlots(input, range)));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "every listed slot is offered, and a slot with a shifted end is not",
    () => {
      fc.assert(
        fc.property(scenario, ({ input, range }) => {
          const slots = listFreeSlots(input, range);
          // The first, the last and one from the middle: enough to cover each day's shape, and quick.
          for (const slot of new Set([slots[0], slots[slots.length >> 1], slots[slots.length - 1]])) {
            if (!slot) continue;
            expect(isSlotOffered(input, slot)).toBe(true);
            expect(isSlotOffered(input, { start: slot.start, end: new Date(slot.end.getTime() + MINUTE) })).toBe(false);
          }
        }),
        { numRuns: CHECK_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "findNextFreeSlot(from) is the first free slot from `from` to the end of the booking window",
    () => {
      fc.assert(
        fc.property(scenario, ({ input, range }) => {
          const first = listFreeSlots(input, { start: range.start, end: windowEnd(input) })[0] ?? null;
          expect(findNextFreeSlot(input, range.start)).toEqual(first);
        }),
        { numRuns: CHECK_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "does not mutate its input",
    () => {
      fc.assert(
        fc.property(scenario, ({ input, range }) => {
          const snapshot = structuredClone(input);
          listFreeSlots(input, range);
          findNextFreeSlot(input, range.start);
          expect(input).toEqual(snapshot);
        }),
        { numRuns: Math.min(CHECK_RUNS, 1000) },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "isWithinWorkingTime matches the oracle, and holds for every listed slot",
    () => {
      const probe = fc.record({
        offsetMs: fc.integer({ min: 0, max: 36 * HOUR }),
        minutes: fc.integer({ min: 1, max: 300 }),
        aligned: fc.boolean(),
      });
      fc.assert(
        fc.property(scenario, probe, ({ input, range }, p) => {
          const startMs = range.start.getTime() + p.offsetMs;
          const start = p.aligned ? Math.floor(startMs / (5 * MINUTE)) * 5 * MINUTE : startMs;
          const random = { start: new Date(start), end: new Date(start + p.minutes * MINUTE) };
          expect(isWithinWorkingTime(input, random)).toBe(oracleWithinWorkingTime(input, random));
          const slots = listFreeSlots(input, range);
          for (const slot of new Set([slots[0], slots[slots.length - 1]])) {
            if (!slot) continue;
            expect(isWithinWorkingTime(input, slot)).toBe(true);
            expect(oracleWithinWorkingTime(input, slot)).toBe(true);
            const longer = { start: slot.start, end: new Date(slot.end.getTime() + 15 * MINUTE) };
            expect(isWithinWorkingTime(input, longer)).toBe(oracleWithinWorkingTime(input, longer));
          }
        }),
        { numRuns: CHECK_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "a visit no longer than the grid step never overlaps another listed slot in real time",
    () => {
      fc.assert(
        fc.property(scenario, ({ input, range }) => {
          const visit = {
            durationMinutes: Math.min(input.gridMinutes ?? input.slotMinutes, input.visit?.durationMinutes ?? Infinity),
          };
          const slots = listFreeSlots({ ...input, visit }, range);
          for (let k = 1; k < slots.length; k++)
            expect(slots[k]!.start.getTime()).toBeGreaterThanOrEqual(slots[k - 1]!.end.getTime());
        }),
        { numRuns: CHECK_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "findEarliestFreeSlot is the earliest of each input's next free slot, the first input on a tie",
    () => {
      fc.assert(
        fc.property(fc.array(scenario, { minLength: 1, maxLength: 4 }), fc.nat(3), (cases, pick) => {
          const inputs = cases.map((c) => c.input);
          const from = cases[pick % cases.length]!.range.start;
          let expected: { index: number; slot: TimeRange } | null = null;
          inputs.forEach((input, index) => {
            const slot = findNextFreeSlot(input, from);
            if (slot && (!expected || slot.start < expected.slot.start)) expected = { index, slot };
          });
          expect(findEarliestFreeSlot(inputs, from)).toEqual(expected);
        }),
        { numRuns: Math.min(CHECK_RUNS, 1000) },
      );
    },
    TIMEOUT_MS,
  );

  it("bookingWindowEnd is the start of the local day after the window", () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        expect(bookingWindowEnd(input)).toEqual(windowEnd(input));
      }),
      { numRuns: Math.min(CHECK_RUNS, 1000) },
    );
  });
});
