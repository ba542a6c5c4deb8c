// Wall-clock date-times typed into forms ("YYYY-MM-DDTHH:MM", as <input type="datetime-local"> sends
// them) to and from UTC instants in the clinic's zone. Pure.
import { Temporal } from "temporal-polyfill";

export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The instant of a local wall time; a time skipped by DST moves forward, a repeated one takes the earlier. */
export function localDateTimeToInstant(value: string, timeZone: string): Date {
  const wall = Temporal.PlainDateTime.from(value, { overflow: "reject" });
  return new Date(wall.toZonedDateTime(timeZone, { disambiguation: "compatible" }).epochMilliseconds);
}

/** An instant as "YYYY-MM-DDTHH:MM" local time, for a datetime-local input. */
export function instantToLocalDateTime(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: "minute" });
}
