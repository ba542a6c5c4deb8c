// Shared builders for the engine's example tests (not a test file itself).
import { Temporal } from "temporal-polyfill";
import type { AvailabilityInput, TimeRange, WeeklyInterval } from "./availability";

export const LONDON = "Europe/London";
export const H = (hour: number, minute = 0) => hour * 60 + minute;
const MON_TO_FRI = [1, 2, 3, 4, 5];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** The instant of a local wall time (only for times that exist exactly once). */
export function at(timeZone: string, wall: string): Date {
  return new Date(
    Temporal.PlainDateTime.from(wall).toZonedDateTime(timeZone, { disambiguation: "reject" }).epochMilliseconds,
  );
}
/** The whole local day (or days) from..to inclusive, as a UTC range. */
export function days(timeZone: string, from: string, to = from): TimeRange {
  const start = Temporal.PlainDate.from(from).toZonedDateTime(timeZone);
  const end = Temporal.PlainDate.from(to).add({ days: 1 }).toZonedDateTime(timeZone);
  return { start: new Date(start.epochMilliseconds), end: new Date(end.epochMilliseconds) };
}
export function hours(weekdays: number[], ...intervals: [number, number][]): WeeklyInterval[] {
  return weekdays.flatMap((weekday) =>
    intervals.map(([startMinute, endMinute]) => ({ weekday, startMinute, endMinute })),
  );
}
export const utc = (slots: TimeRange[]) => slots.map((s) => s.start.toISOString().slice(0, 16) + "Z");
/** Local start times with their offset, e.g. "01:30+01:00". */
export const local = (slots: TimeRange[], timeZone: string) =>
  slots.map((s) => {
    const z = Temporal.Instant.fromEpochMilliseconds(s.start.getTime()).toZonedDateTimeISO(timeZone);
    return z.toPlainTime().toString({ smallestUnit: "minute" }) + z.offset;
  });
export const wall = (slots: TimeRange[], timeZone: string) => local(slots, timeZone).map((t) => t.slice(0, 5));

export function input(overrides: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    timeZone: LONDON,
    weeklyHours: hours(MON_TO_FRI, [H(9), H(17)]),
    slotMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    leaves: [],
    holidays: [],
    busy: [],
    minNoticeMinutes: 0,
    bookingWindowDays: 60,
    now: new Date("2026-07-01T08:00:00Z"),
    ...overrides,
  };
}
