// Free appointment slots for one doctor and one kind of visit. Pure: the zone, the clock (`now`) and
// all data are arguments; inputs are never mutated. Decision record: docs/decisions/009.
//
// Rules (dates and times are local to `timeZone`; instants are UTC; ranges are half-open [start, end)):
// - Working time. A weekly interval [a, b) on a local date D (not in `holidays`) is the real time from
//   open(D, a) to open(D, b), where open(D, m) is the first instant the clocks show wall time m of D or
//   a later one (m = 1440: D + 1 at 00:00). So an end or start in a spring-forward gap moves to the
//   instant the gap ends, one in a repeated hour means its first occurrence, and a DST day's interval
//   lasts its real elapsed time.
// - Grid. The doctor's grid step g (`gridMinutes`, default `slotMinutes`): an interval's grid times are
//   the instants the clocks first show a, a + g, a + 2g, … below b. A time that does not exist (gap) is
//   skipped; a repeated one counts once, at its first occurrence; one that comes less than g of real
//   time after the interval's previous grid time (just after a gap) is skipped too, so grid times are
//   always at least g apart.
// - A visit (`visit`, default: `slotMinutes` long with the doctor's buffers) of d minutes starting at a
//   grid time s occupies [s, s + d) of elapsed time, which must end by its interval's end.
// - It is free when [s − before, s + d + after) (the visit's buffers) overlaps no busy entry's
//   [b.start − its before, b.end + its after) (its own buffers, default the doctor's), [s, s + d)
//   overlaps no leave, s ≥ now + minNotice, and D ≤ (local date of now) + bookingWindowDays.
import { localDays, localEpochDay, openAt, parseEpochDay, startAt, startOfLocalDay } from "./local-days";

export type WeeklyInterval = {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight (wall clock), 0..1440, endMinute > startMinute. */
  startMinute: number;
  endMinute: number;
};
/** Half-open [start, end), UTC instants. */
export type TimeRange = { start: Date; end: Date };
/** What is being placed: a visit type's length and the free time it needs around it. */
export type VisitSpec = {
  /** Elapsed minutes, a positive integer. */
  durationMinutes: number;
  /** Default: the input's (the doctor's) bufferBeforeMinutes / bufferAfterMinutes. */
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
};
/** A live appointment (or a held slot) of any length; its buffers default to the input's. */
export type BusyRange = TimeRange & { bufferBeforeMinutes?: number; bufferAfterMinutes?: number };
export type AvailabilityInput = {
  /** IANA zone of the clinic. */
  timeZone: string;
  /** Several per weekday make breaks; may be unsorted; assumed not to overlap. */
  weeklyHours: WeeklyInterval[];
  /** The doctor's own visit length: the visit placed when `visit` is absent, and the default grid step. */
  slotMinutes: number;
  /** The doctor's grid step in minutes (a 45-minute visit on a 15-minute grid); default slotMinutes. */
  gridMinutes?: number;
  /** The doctor's buffers: for the visit placed unless it has its own, and for busy entries without their own. */
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** The visit to place; default { durationMinutes: slotMinutes } with the doctor's buffers. */
  visit?: VisitSpec;
  /** The doctor's time off. */
  leaves: TimeRange[];
  /** Local dates "YYYY-MM-DD" on which the clinic is closed. */
  holidays: string[];
  /** The doctor's live appointments; unsorted, may overlap each other. */
  busy: BusyRange[];
  /** A slot must start at or after now + minNotice. */
  minNoticeMinutes: number;
  /** A slot's local start date must be on or before the local date of now + bookingWindowDays. */
  bookingWindowDays: number;
  now: Date;
};

const MINUTE = 60_000;

/** The visit an input places, with its buffers resolved. */
export function visitOf(input: AvailabilityInput): Required<VisitSpec> {
  return {
    durationMinutes: input.visit?.durationMinutes ?? input.slotMinutes,
    bufferBeforeMinutes: input.visit?.bufferBeforeMinutes ?? input.bufferBeforeMinutes,
    bufferAfterMinutes: input.visit?.bufferAfterMinutes ?? input.bufferAfterMinutes,
  };
}

/** The first instant after the booking window: the start of local date (today + bookingWindowDays + 1). */
export function bookingWindowEnd(input: Pick<AvailabilityInput, "timeZone" | "now" | "bookingWindowDays">): Date {
  const today = localEpochDay(input.now.getTime(), input.timeZone);
  return new Date(startOfLocalDay(today + input.bookingWindowDays + 1, input.timeZone));
}

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

/**
 * The earliest free slot among several inputs (e.g. every doctor offering a visit type, each input
 * carrying that `visit`), at or after `from` (default: each input's now): which input and the slot, the
 * lowest index on a tie; null when none has one. Each input is searched only up to the best slot so far.
 */
export function findEarliestFreeSlot(
  inputs: readonly AvailabilityInput[],
  from?: Date,
): { index: number; slot: TimeRange } | null {
  let best: { index: number; slot: TimeRange } | null = null;
  inputs.forEach((input, index) => {
    const before = best ? best.slot.start.getTime() : Infinity;
    for (const slot of freeSlots(input, (from ?? input.now).getTime(), before)) {
      best = { index, slot };
      break;
    }
  });
  return best;
}

/** True when `slot` (exact start and end) is one listFreeSlots would offer now — used to accept a booking. */
export function isSlotOffered(input: AvailabilityInput, slot: TimeRange): boolean {
  const start = slot.start.getTime();
  if (slot.end.getTime() - start !== visitOf(input).durationMinutes * MINUTE) return false;
  for (const offered of freeSlots(input, start, start + 1)) return offered.start.getTime() === start;
  return false;
}

/**
 * True when [range.start, range.end) lies inside one working interval (as defined above, so real
 * elapsed time on DST days) of a local date that is not a holiday, and overlaps no leave — the doctor's
 * working time, whatever the grid. Used to find the appointments a change of hours or leave would strand.
 */
export function isWithinWorkingTime(
  input: Pick<AvailabilityInput, "timeZone" | "weeklyHours" | "holidays" | "leaves">,
  range: TimeRange,
): boolean {
  const start = range.start.getTime();
  const end = range.end.getTime();
  if (!(start < end)) return false;
  if (input.leaves.some((l) => l.start.getTime() < end && start < l.end.getTime())) return false;
  const holidays = holidaySet(input.holidays);
  const first = localEpochDay(start, input.timeZone);
  // An interval of D holds only instants whose local date is D or earlier (D's end is the first instant of
  // D + 1); the day after is checked for clocks that go back across midnight.
  for (const day of localDays(input.timeZone, first, first + 1)) {
    if (holidays.has(day.epochDay)) continue;
    for (const i of input.weeklyHours) {
      if (
        i.weekday === day.weekday &&
        i.endMinute > i.startMinute &&
        openAt(day, i.startMinute) <= start &&
        end <= openAt(day, i.endMinute)
      )
        return true;
    }
  }
  return false;
}

/** Free slots with lo <= start < hi (epoch ms), in order, computed one local day at a time. */
function* freeSlots(input: AvailabilityInput, lo: number, hi: number): Generator<TimeRange> {
  const { timeZone } = input;
  const visit = visitOf(input);
  const grid = input.gridMinutes ?? input.slotMinutes;
  for (const [name, value] of [
    ["grid", grid],
    ["visit duration", visit.durationMinutes],
  ] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`Invalid ${name} minutes: ${value}`);
  }
  const earliest = Math.max(lo, input.now.getTime() + input.minNoticeMinutes * MINUTE);
  if (!(earliest < hi)) return;

  const lastAllowed = localEpochDay(input.now.getTime(), timeZone) + input.bookingWindowDays;
  // A slot's start shows a wall time of its own date, so its date is that of an instant in [earliest, hi);
  // one day either side covers clocks that go back across midnight.
  const firstDay = localEpochDay(earliest, timeZone) - 1;
  const lastDay = Number.isFinite(hi) ? Math.min(localEpochDay(hi, timeZone) + 1, lastAllowed) : lastAllowed;
  if (firstDay > lastDay) return;

  const durationMs = visit.durationMinutes * MINUTE;
  const gridMs = grid * MINUTE;
  const byWeekday = groupByWeekday(input.weeklyHours);
  const holidays = holidaySet(input.holidays);
  // Only blocks that can touch a slot starting in [earliest, hi) and in the window (plus a day) matter.
  const until = Math.min(hi, startOfLocalDay(lastAllowed + 2, timeZone)) + durationMs;
  const blocked = blockedSpans(input, visit, earliest, until);

  const blockedUntil = spanCursor(blocked);
  for (const day of localDays(timeZone, firstDay, lastDay)) {
    const intervals = byWeekday[day.weekday]!;
    if (intervals.length === 0 || holidays.has(day.epochDay)) continue;
    // On a day of one offset, grid times are exactly one step apart, so the scan may jump ahead.
    const ordinary = !Number.isNaN(day.offset);
    const starts: number[] = [];
    for (const { startMinute, endMinute } of intervals) {
      const close = openAt(day, endMinute);
      let previous = -Infinity;
      for (let minute = startMinute; minute < endMinute; minute += grid) {
        const start = startAt(day, minute);
        if (start === null || start - previous < gridMs) continue; // in a gap, or too soon after one
        previous = start;
        if (start + durationMs > close) break; // later grid times start later still
        if (start < earliest) {
          if (ordinary) minute += (Math.ceil((earliest - start) / gridMs) - 1) * grid;
          continue;
        }
        if (start >= hi) break;
        const until = blockedUntil(start, start + durationMs);
        if (until === until) {
          // Blocked (not NaN): every grid time before the block's end is blocked by it too.
          if (ordinary) minute += (Math.ceil((until - start) / gridMs) - 1) * grid;
          continue;
        }
        starts.push(start);
      }
    }
    // Non-overlapping intervals already give ascending starts; sort anyway to keep the promise on bad input.
    starts.sort((a, b) => a - b);
    let previous = NaN;
    for (const start of starts) {
      if (start === previous) continue;
      previous = start;
      yield { start: new Date(start), end: new Date(start + durationMs) };
    }
  }
}

/** Disjoint blocked spans in ascending order: [starts[k], ends[k]). */
type Spans = { starts: Float64Array; ends: Float64Array };

/**
 * Busy entries widened by their own buffers and the visit's, plus leaves, that reach into [from, to),
 * merged into disjoint spans. A visit [s, e) is blocked iff it overlaps one of them:
 * [s − vBefore, e + vAfter) and [b.start − bBefore, b.end + bAfter) overlap iff [s, e) overlaps
 * [b.start − bBefore − vAfter, b.end + bAfter + vBefore).
 */
function blockedSpans(input: AvailabilityInput, visit: Required<VisitSpec>, from: number, to: number): Spans {
  const visitBefore = bufferMs(visit.bufferBeforeMinutes);
  const visitAfter = bufferMs(visit.bufferAfterMinutes);
  const defaultBefore = input.bufferBeforeMinutes;
  const defaultAfter = input.bufferAfterMinutes;
  bufferMs(defaultBefore);
  bufferMs(defaultAfter);
  const starts: number[] = [];
  const ends: number[] = [];
  const busy = input.busy;
  for (let k = 0; k < busy.length; k++) {
    const b = busy[k]!;
    const before = b.bufferBeforeMinutes ?? defaultBefore;
    const after = b.bufferAfterMinutes ?? defaultAfter;
    if (!(before >= 0 && after >= 0 && before < Infinity && after < Infinity))
      throw new RangeError(`Invalid buffer minutes: ${before}, ${after}`);
    // Most entries lie after `to` when the search is bounded: read their end only when needed.
    const start = b.start.getTime() - before * MINUTE;
    if (!(start - visitAfter < to)) continue;
    const end = b.end.getTime() + after * MINUTE;
    if (start < end && end + visitBefore > from) {
      starts.push(start - visitAfter);
      ends.push(end + visitBefore);
    }
  }
  for (const leave of input.leaves) {
    const start = leave.start.getTime();
    const end = leave.end.getTime();
    if (start < end && start < to && end > from) {
      starts.push(start);
      ends.push(end);
    }
  }
  // The union of intervals needs only their starts and their ends, each in order: sweep both, counting
  // how many are open (a start at the same instant as an end joins the two).
  const n = starts.length;
  const s = Float64Array.from(starts).sort();
  const e = Float64Array.from(ends).sort();
  const merged = { starts: new Float64Array(n), ends: new Float64Array(n) };
  let count = 0;
  let open = 0;
  for (let i = 0, j = 0; j < n;) {
    if (i < n && s[i]! <= e[j]!) {
      if (open++ === 0) merged.starts[count] = s[i]!;
      i++;
    } else {
      if (--open === 0) merged.ends[count++] = e[j]!;
      j++;
    }
  }
  return { starts: merged.starts.subarray(0, count), ends: merged.ends.subarray(0, count) };
}

function bufferMs(minutes: number): number {
  if (!(minutes >= 0 && minutes < Infinity)) throw new RangeError(`Invalid buffer minutes: ${minutes}`);
  return minutes * MINUTE;
}

/**
 * For ascending queries: the end of the span that [start, end) overlaps, or NaN when none does. Walks
 * forward through the disjoint, ascending spans; a start earlier than the last one searches again.
 */
function spanCursor(spans: Spans): (start: number, end: number) => number {
  const { starts, ends } = spans;
  let k = 0; // every span before k ends at or before the last start asked about
  return (start, end) => {
    if (k > 0 && ends[k - 1]! > start) {
      let lo = 0;
      let hi = k;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ends[mid]! > start) hi = mid;
        else lo = mid + 1;
      }
      k = lo;
    }
    while (k < ends.length && ends[k]! <= start) k++;
    return k < ends.length && starts[k]! < end ? ends[k]! : NaN;
  };
}

function groupByWeekday(intervals: WeeklyInterval[]): WeeklyInterval[][] {
  const byWeekday: WeeklyInterval[][] = Array.from({ length: 8 }, () => []);
  for (const interval of intervals) {
    if (interval.endMinute > interval.startMinute) byWeekday[interval.weekday]?.push(interval);
  }
  for (const list of byWeekday) list.sort((a, b) => a.startMinute - b.startMinute);
  return byWeekday;
}

function holidaySet(holidays: string[]): Set<number> {
  return new Set(holidays.map(parseEpochDay));
}
