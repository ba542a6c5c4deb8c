// Local calendar days of the clinic's zone mapped to UTC instants, for the slot engine. Pure.
//
// Two readings of a wall time `minute` (minutes after local midnight) on a local date D:
// - startAt: the first instant the clocks show exactly that time, or null if they never do (a gap);
// - openAt:  the first instant the clocks show that time or a later one (minute 1440 = D + 1 at 00:00).
//   In a spring-forward gap that is the instant the gap ends; in a repeated hour, the first occurrence.
// A working interval [a, b) of D is the real time from openAt(a) to openAt(b) (ADR 009).
//
// The zone is read as a timeline of offset periods: between two transitions the offset is constant, so
// wall time = instant + offset. Temporal gives each period (its offset and the transitions around it)
// once per zone and process: the periods are memoised, as Intl memoises zone data. A memo only saves
// work; every answer is the same with an empty one.
import { Temporal } from "temporal-polyfill";

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** Further back than any UTC offset (−12 h … +14 h): instants before w − REACH show walls before w. */
const REACH = 16 * 3_600_000;

export type LocalDay = {
  /** Days since 1970-01-01 of the local date. */
  epochDay: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local midnight as if it were UTC (epochDay × 24 h). */
  midnight: number;
  /** The day's one offset when all its wall times and the next midnight share it, else NaN (a DST day). */
  offset: number;
  /** The first period in which the clocks reach this day's midnight. */
  period: Period;
  timeZone: string;
};

/** A period of one offset: instants [from, to) show wall time instant + offset. */
type Period = { readonly from: number; readonly to: number; readonly offset: number };
const periodsByZone = new Map<string, Period[]>();

/** The offset period containing instant `ms`. */
function periodAt(timeZone: string, ms: number): Period {
  let periods = periodsByZone.get(timeZone);
  if (!periods) periodsByZone.set(timeZone, (periods = []));
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (periods[mid]!.to <= ms) lo = mid + 1;
    else hi = mid;
  }
  const found = periods[lo];
  if (found && found.from <= ms) return found;
  const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  const after = Temporal.Instant.fromEpochMilliseconds(ms + 1).toZonedDateTimeISO(timeZone);
  const period = {
    from: after.getTimeZoneTransition("previous")?.epochMilliseconds ?? -Infinity, // the last at or before ms
    to: zoned.getTimeZoneTransition("next")?.epochMilliseconds ?? Infinity,
    offset: zoned.offsetNanoseconds / 1e6,
  };
  periods.splice(lo, 0, period); // periods never overlap: each lies between two transitions
  return period;
}

/** The first period, from `start` on, in which the clocks reach `wall` (local ms) or later. */
function periodReaching(timeZone: string, wall: number, start: Period): Period {
  let period = start;
  while (period.to + period.offset <= wall) period = periodAt(timeZone, period.to);
  return period;
}

/** The first instant showing wall time `wall` (local ms since 1970-01-01T00:00) or later. */
function openInstant(timeZone: string, wall: number, start = periodAt(timeZone, wall - REACH)): number {
  const period = periodReaching(timeZone, wall, start);
  return Math.max(period.from, wall - period.offset);
}

/** The local date of an instant, as days since 1970-01-01. */
export function localEpochDay(epochMs: number, timeZone: string): number {
  return Math.floor((epochMs + periodAt(timeZone, epochMs).offset) / DAY_MS);
}

/** The first instant of local date `epochDay` (later than 00:00 when midnight falls in a gap). */
export function startOfLocalDay(epochDay: number, timeZone: string): number {
  return openInstant(timeZone, epochDay * DAY_MS);
}

/** "YYYY-MM-DD" as days since 1970-01-01, or NaN when it is not such a date. */
export function parseEpochDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as they are
  return d.getUTCMonth() + 1 === month && d.getUTCDate() === day ? Math.round(d.getTime() / DAY_MS) : NaN;
}

const weekdayOf = (epochDay: number) => ((((epochDay + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday

/** The first instant the clocks show exactly wall time `minute` of `day`, or null if they jump past it. */
export function startAt(day: LocalDay, minute: number): number | null {
  if (day.offset === day.offset) return day.midnight - day.offset + minute * MINUTE; // not NaN: an ordinary day
  const wall = day.midnight + minute * MINUTE;
  const p = periodReaching(day.timeZone, wall, day.period);
  return wall - p.offset >= p.from ? wall - p.offset : null;
}

/** The first instant the clocks show wall time `minute` of `day` or a later one (1440: the next midnight). */
export function openAt(day: LocalDay, minute: number): number {
  if (day.offset === day.offset) return day.midnight - day.offset + minute * MINUTE;
  return openInstant(day.timeZone, day.midnight + minute * MINUTE, day.period);
}

/**
 * Local dates first..last (epoch days). A day whose midnight, every wall time and next midnight fall in
 * one offset period maps wall minutes to instants by subtracting that offset; other days (DST days)
 * look for the first period in which the clocks reach each time.
 */
export function* localDays(timeZone: string, first: number, last: number): Generator<LocalDay> {
  let period = periodAt(timeZone, first * DAY_MS - REACH);
  for (let epochDay = first; epochDay <= last; epochDay++) {
    const midnight = epochDay * DAY_MS;
    period = periodReaching(timeZone, midnight, period);
    const { from, to, offset } = period;
    const ordinary = midnight - offset >= from && midnight + DAY_MS - offset < to;
    yield { epochDay, weekday: weekdayOf(epochDay), midnight, offset: ordinary ? offset : NaN, period, timeZone };
  }
}
