// The days an agenda page shows, in the clinic's zone. Pure: the zone and today's date are arguments.
import { Temporal } from "temporal-polyfill";
import { inSupportedYears } from "./supported-years";
import { daysOfWeek, localDayBounds, type Interval } from "./zoned-day";

export type AgendaView = "day" | "week";
type AgendaDay = { date: string; interval: Interval };
export type AgendaRange = {
  view: AgendaView;
  date: string;
  days: AgendaDay[];
  interval: Interval;
  previous: string;
  next: string;
};

const toDate = (z: Temporal.ZonedDateTime) => new Date(z.epochMilliseconds);

/** A valid "YYYY-MM-DD" as given, else `fallback`. */
export function parseLocalDate(value: string | undefined, fallback: string): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !inSupportedYears(value)) return fallback;
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" }).toString();
  } catch {
    return fallback;
  }
}

/** One day, or the Monday-to-Sunday week containing `date`, with the dates one step before and after. */
export function agendaRange(view: AgendaView, date: string, timeZone: string): AgendaRange {
  const anchor = Temporal.PlainDate.from(date);
  const first = view === "day" ? anchor : anchor.subtract({ days: anchor.dayOfWeek - 1 });
  const count = view === "day" ? 1 : 7;
  const days =
    view === "day"
      ? [{ date: first.toString(), interval: localDayBounds(first.toString(), timeZone) }]
      : daysOfWeek(first.toString(), timeZone);
  const step = { days: count };
  return {
    view,
    date: first.toString(),
    days,
    interval: { start: days[0]!.interval.start, end: days[count - 1]!.interval.end },
    previous: first.subtract(step).toString(),
    next: first.add(step).toString(),
  };
}

/** A calendar month "YYYY-MM" in the zone, as instants, with the months before and after. */
export function monthRange(
  month: string,
  timeZone: string,
): { month: string; interval: Interval; previous: string; next: string } {
  const first = Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 });
  const next = first.add({ months: 1 });
  return {
    month: first.toPlainYearMonth().toString(),
    interval: { start: toDate(first.toZonedDateTime({ timeZone })), end: toDate(next.toZonedDateTime({ timeZone })) },
    previous: first.subtract({ months: 1 }).toPlainYearMonth().toString(),
    next: next.toPlainYearMonth().toString(),
  };
}

/** A valid "YYYY-MM" as given, else `fallback`. */
export function parseMonth(value: string | undefined, fallback: string): string {
  if (!value || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value) || !inSupportedYears(value)) return fallback;
  return value;
}
