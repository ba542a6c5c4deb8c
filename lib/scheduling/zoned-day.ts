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

const zoned = (instant: Date, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);

/** The clinic-local calendar date of an instant, "YYYY-MM-DD". */
export function localDateOf(instant: Date, timeZone: string): string {
  return zoned(instant, timeZone).toPlainDate().toString();
}

/** The Monday (local date) of the week containing `instant`. */
export function mondayOf(instant: Date, timeZone: string): string {
  const date = zoned(instant, timeZone).toPlainDate();
  return date.subtract({ days: date.dayOfWeek - 1 }).toString();
}

/** A local calendar day ("YYYY-MM-DD") as instants: 23 or 25 hours long on a DST day. */
export function localDayBounds(date: string, timeZone: string): Interval {
  const day = Temporal.PlainDate.from(date);
  // toZonedDateTime gives the day's first instant, even when 00:00 does not exist.
  return {
    start: toDate(day.toZonedDateTime({ timeZone })),
    end: toDate(day.add({ days: 1 }).toZonedDateTime({ timeZone })),
  };
}

/** The seven local days of the week starting on `monday` ("YYYY-MM-DD"), each as date and instants. */
export function daysOfWeek(monday: string, timeZone: string): { date: string; interval: Interval }[] {
  const first = Temporal.PlainDate.from(monday);
  return Array.from({ length: 7 }, (_, i) => {
    const date = first.add({ days: i }).toString();
    return { date, interval: localDayBounds(date, timeZone) };
  });
}

/** `monday` moved by whole weeks. */
export function shiftWeek(monday: string, weeks: number): string {
  return Temporal.PlainDate.from(monday).add({ weeks }).toString();
}
