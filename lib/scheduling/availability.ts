// Free appointment slots for one doctor. Pure: the zone, the clock (`now`) and all data are
// arguments; inputs are never mutated.
//
// Rules (dates and times are local to `timeZone`; instants are UTC; ranges are half-open [start, end)):
// - Each local date D not in `holidays` offers, for every weekly interval whose ISO weekday is D's,
//   candidate starts at the wall-clock times startMinute, startMinute + slot, … below endMinute.
// - DST: a candidate wall time that does not exist (spring-forward gap) is skipped; one that happens
//   twice (fall-back overlap) means its EARLIER occurrence, so a repeated hour is offered once.
// - A slot lasts `slotMinutes` of elapsed time and must end at or before the interval's end instant:
//   endMinute on D resolved with Temporal's 'compatible' disambiguation (1440 = next local midnight).
// - A slot is free when [start − before, end + after) overlaps no busy appointment's
//   [b.start − before, b.end + after) (so bookings end up at least before + after apart), [start, end)
//   overlaps no leave, start ≥ now + minNotice, and D ≤ (local date of now) + bookingWindowDays.
// Days of 23 or 25 hours and days that do not begin at 00:00 follow from these rules.
import { Temporal } from "temporal-polyfill";

export type WeeklyInterval = {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight (wall clock), 0..1440, endMinute > startMinute. */
  startMinute: number;
  endMinute: number;
};
/** Half-open [start, end), UTC instants. */
export type TimeRange = { start: Date; end: Date };
export type AvailabilityInput = {
  /** IANA zone of the clinic. */
  timeZone: string;
  /** Several per weekday make breaks; may be unsorted; assumed not to overlap. */
  weeklyHours: WeeklyInterval[];
  slotMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** The doctor's time off. */
  leaves: TimeRange[];
  /** Local dates "YYYY-MM-DD" on which the clinic is closed. */
  holidays: string[];
  /** The doctor's live appointments; unsorted, may overlap each other. */
  busy: TimeRange[];
  /** A slot must start at or after now + minNotice. */
  minNoticeMinutes: number;
  /** A slot's local start date must be on or before the local date of now + bookingWindowDays. */
  bookingWindowDays: number;
  now: Date;
};

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

/** Free slots whose start lies in [range.start, range.end), sorted by start, no duplicates. */
export function listFreeSlots(input: AvailabilityInput, range: TimeRange): TimeRange[] {
  const slots: TimeRange[] = [];
  for (const slot of freeSlots(input, range.start.getTime(), range.end.getTime())) slots.push(slot);
  return slots;
}

/** The earliest free slot at or after `from` (default: input.now), within the booking window, or null. */
export function findNextFreeSlot(input: AvailabilityInput, from: Date = input.now): TimeRange | null {
  for (const slot of freeSlots(input, from.getTime(), Infinity)) return slot;
  return null;
}

/** True when `slot` (exact start and end) is one listFreeSlots would offer now — used to accept a booking. */
export function isSlotOffered(input: AvailabilityInput, slot: TimeRange): boolean {
  const start = slot.start.getTime();
  if (slot.end.getTime() - start !== input.slotMinutes * MINUTE) return false;
  for (const offered of freeSlots(input, start, start + 1)) return offered.start.getTime() === start;
  return false;
}

/**
 * True when [range.start, range.end) lies inside one weekly interval of its local date (not a holiday)
 * and overlaps no leave — the doctor's working time, whatever the slot grid. Used to find the
 * appointments a change of hours or a new leave would strand. Interval ends resolve like slot ends.
 */
export function isWithinWorkingTime(
  input: Pick<AvailabilityInput, "timeZone" | "weeklyHours" | "holidays" | "leaves">,
  range: TimeRange,
): boolean {
  const start = range.start.getTime();
  const end = range.end.getTime();
  if (!(start < end)) return false;
  if (input.leaves.some((l) => l.start.getTime() < end && start < l.end.getTime())) return false;
  const date = localDate(start, input.timeZone);
  if (input.holidays.includes(date.toString())) return false;
  for (const day of localDays(input.timeZone, date, date)) {
    return input.weeklyHours.some(
      (i) =>
        i.weekday === date.dayOfWeek &&
        i.endMinute > i.startMinute &&
        day.endAt(i.startMinute) <= start &&
        end <= day.endAt(i.endMinute),
    );
  }
  return false;
}

/** Free slots with lo <= start < hi (epoch ms), in order, computed one local day at a time. */
function* freeSlots(input: AvailabilityInput, lo: number, hi: number): Generator<TimeRange> {
  const { timeZone, slotMinutes } = input;
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) throw new RangeError(`Invalid slotMinutes: ${slotMinutes}`);
  const earliest = Math.max(lo, input.now.getTime() + input.minNoticeMinutes * MINUTE);
  if (!(earliest < hi)) return;

  const lastAllowed = localDate(input.now.getTime(), timeZone).add({ days: input.bookingWindowDays });
  const firstDate = localDate(earliest, timeZone);
  const lastDate = Number.isFinite(hi) ? minDate(localDate(hi, timeZone), lastAllowed) : lastAllowed;
  if (Temporal.PlainDate.compare(firstDate, lastDate) > 0) return;

  const byWeekday = groupByWeekday(input.weeklyHours);
  const holidays = new Set(input.holidays);
  const blocked = blockedRanges(input);
  const slotMs = slotMinutes * MINUTE;

  for (const day of localDays(timeZone, firstDate, lastDate)) {
    const intervals = byWeekday[day.date.dayOfWeek] ?? [];
    if (intervals.length === 0 || holidays.has(day.date.toString())) continue;
    const starts: number[] = [];
    for (const { startMinute, endMinute } of intervals) {
      const intervalEnd = day.endAt(endMinute);
      for (let minute = startMinute; minute < endMinute; minute += slotMinutes) {
        const start = day.startAt(minute);
        if (start === null) continue; // a wall time in a DST gap
        if (start + slotMs > intervalEnd) break; // later candidates start later still
        if (start >= earliest && start < hi && !overlaps(blocked, start, start + slotMs)) starts.push(start);
      }
    }
    // Non-overlapping intervals already give ascending starts; sort anyway to keep the promise on bad input.
    starts.sort((a, b) => a - b);
    let previous = NaN;
    for (const start of starts) {
      if (start === previous) continue;
      previous = start;
      yield { start: new Date(start), end: new Date(start + slotMs) };
    }
  }
}

type LocalDay = {
  date: Temporal.PlainDate;
  /** The first instant (epoch ms) showing wall time `minute` on this date, or null in a DST gap. */
  startAt(minute: number): number | null;
  /** The instant of wall time `minute` (up to 1440) with Temporal's 'compatible' disambiguation. */
  endAt(minute: number): number;
};

/**
 * Local dates first..last. A day that starts at 00:00 and has no offset transition up to and including
 * the next midnight maps wall minutes to instants by plain addition; other days ask Temporal for each
 * time. Temporal is consulted once per run of such ordinary days, not once per day.
 */
function* localDays(timeZone: string, first: Temporal.PlainDate, last: Temporal.PlainDate): Generator<LocalDay> {
  const dayMs = DAY_MINUTES * MINUTE;
  let ordinary: { startMs: number; nextTransitionMs: number } | null = null;
  for (let date = first; Temporal.PlainDate.compare(date, last) <= 0; date = date.add({ days: 1 })) {
    let startMs: number;
    let nextTransitionMs: number;
    if (ordinary) {
      // The previous day kept one offset through the next midnight: this day starts 24 h later, at 00:00.
      startMs = ordinary.startMs + dayMs;
      nextTransitionMs = ordinary.nextTransitionMs;
    } else {
      const start = date.toZonedDateTime(timeZone); // the start of the day, which may be later than 00:00
      startMs = start.epochMilliseconds;
      const atMidnight = start.hour === 0 && start.minute === 0 && start.second === 0 && start.millisecond === 0;
      nextTransitionMs = atMidnight ? (start.getTimeZoneTransition("next")?.epochMilliseconds ?? Infinity) : -Infinity;
    }
    ordinary = nextTransitionMs > startMs + dayMs ? { startMs, nextTransitionMs } : null;

    if (ordinary) {
      const dayStart = startMs;
      yield { date, startAt: (minute) => dayStart + minute * MINUTE, endAt: (minute) => dayStart + minute * MINUTE };
    } else {
      const midnight = date.toPlainDateTime();
      yield {
        date,
        startAt: (minute) => {
          const wall = midnight.add({ minutes: minute });
          const zoned = wall.toZonedDateTime(timeZone, { disambiguation: "earlier" });
          // In a gap 'earlier' moves the wall time back by the gap's length: that time does not exist.
          return zoned.toPlainDateTime().equals(wall) ? zoned.epochMilliseconds : null;
        },
        endAt: (minute) =>
          midnight.add({ minutes: minute }).toZonedDateTime(timeZone, { disambiguation: "compatible" })
            .epochMilliseconds,
      };
    }
  }
}

type Span = { start: number; end: number };

/**
 * Busy appointments widened by before + after on both sides, plus leaves, sorted and merged into
 * disjoint spans. A slot [s, e) is blocked iff it overlaps one of them: buffered ranges
 * [s − before, e + after) and [b.start − before, b.end + after) overlap iff [s, e) overlaps
 * [b.start − before − after, b.end + before + after).
 */
function blockedRanges(input: AvailabilityInput): Span[] {
  const before = input.bufferBeforeMinutes * MINUTE;
  const after = input.bufferAfterMinutes * MINUTE;
  const spans: Span[] = [];
  for (const b of input.busy) {
    const start = b.start.getTime();
    const end = b.end.getTime();
    if (start - before < end + after) spans.push({ start: start - before - after, end: end + before + after });
  }
  for (const leave of input.leaves) {
    const start = leave.start.getTime();
    const end = leave.end.getTime();
    if (start < end) spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether [start, end) overlaps a span of the sorted, disjoint `spans` (binary search). */
function overlaps(spans: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  const first = spans[lo]; // the first span ending after `start`
  return first !== undefined && first.start < end;
}

function groupByWeekday(intervals: WeeklyInterval[]): WeeklyInterval[][] {
  const byWeekday: WeeklyInterval[][] = Array.from({ length: 8 }, () => []);
  for (const interval of intervals) {
    if (interval.endMinute > interval.startMinute) byWeekday[interval.weekday]?.push(interval);
  }
  for (const list of byWeekday) list.sort((a, b) => a.startMinute - b.startMinute);
  return byWeekday;
}

function localDate(epochMs: number, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate();
}

function minDate(a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate {
  return Temporal.PlainDate.compare(a, b) <= 0 ? a : b;
}
