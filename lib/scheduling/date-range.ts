// Local calendar dates picked in admin filters, as UTC instants in the clinic's zone. Pure.
import { Temporal } from "temporal-polyfill";

export type InstantRange = { gte?: Date; lt?: Date };

const startOf = (date: Temporal.PlainDate, timeZone: string) =>
  new Date(date.toZonedDateTime({ timeZone }).epochMilliseconds);

/** From the start of `from` to the end of `to` (both local dates, inclusive); either may be open. */
export function localDateRange(from: string | undefined, to: string | undefined, timeZone: string): InstantRange {
  return {
    ...(from ? { gte: startOf(Temporal.PlainDate.from(from), timeZone) } : {}),
    ...(to ? { lt: startOf(Temporal.PlainDate.from(to).add({ days: 1 }), timeZone) } : {}),
  };
}

/** The first and last local dates of a month "YYYY-MM". */
export function monthDates(month: string): { from: string; to: string } {
  const first = Temporal.PlainYearMonth.from(month);
  return {
    from: first.toPlainDate({ day: 1 }).toString(),
    to: first.toPlainDate({ day: first.daysInMonth }).toString(),
  };
}

/** The `days` local dates ending with the one containing `now`, oldest first. */
export function lastLocalDates(now: Date, timeZone: string, days: number): string[] {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
  return Array.from({ length: days }, (_, i) => today.subtract({ days: days - 1 - i }).toString());
}
