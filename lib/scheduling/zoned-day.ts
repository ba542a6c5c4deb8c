// Day and week boundaries in the clinic's zone, as UTC instants. Pure: `now` and the zone are
// arguments. A DST day is 23 or 25 hours long; Temporal's startOfDay handles it.
import { Temporal } from "temporal-polyfill";

export type Interval = { start: Date; end: Date };

const toDate = (z: Temporal.ZonedDateTime) => new Date(z.epochMilliseconds);

export function dayBounds(now: Date, timeZone: string): Interval {
  const start = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).startOfDay();
  return { start: toDate(start), end: toDate(start.add({ days: 1 }).startOfDay()) };
}

/** Monday 00:00 to the next Monday 00:00, local time. */
export function weekBounds(now: Date, timeZone: string): Interval {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).startOfDay();
  const monday = today.subtract({ days: today.dayOfWeek - 1 }).startOfDay();
  return { start: toDate(monday), end: toDate(monday.add({ weeks: 1 }).startOfDay()) };
}
