// Brute-force reference for the slot engine (availability.ts), used only by the property tests. Slow on
// purpose, and written from the definition, not from the engine:
//
// Definition encoded (docs/decisions/009), over real UTC minutes and what the clinic's clocks show then:
// - open(X), for a local wall time X, is the first real minute at which the clocks show X or later.
// - A weekly interval [a, b) of a local date D that is not a holiday is the working time
//   [open(D a), open(D b)): every real minute from the first that shows a or later to the first that
//   shows b or later (b = 24:00 is D + 1 at 00:00).
// - Its grid times are the real minutes inside it, in order, that show a + k·g on D for the first time
//   ever, each at least g real minutes after the previous one kept.
// - A visit of d minutes at grid time s is offered iff [s, s + d) lies inside that working time,
//   s ≥ now + notice, D ≤ (local date of now) + window, no minute of [s, s + d) is on leave, and
//   [s − before, s + d + after) overlaps no busy entry's [start − its before, end + its after).
// - isWithinWorkingTime(range): range inside one such working time, and no minute of it on leave.
//
// Where the method differs from the engine on purpose: the engine turns wall times into instants
// (wall time − offset, in the offset period from Temporal where the clocks first reach that time; the
// period's start for a time in a gap) and leans on monotonicity (it stops an interval at the first slot
// that does not fit, it merges busy times into spans). This oracle goes the other way: it reads the
// clock of every real minute with Intl.DateTimeFormat, finds open(X) as the first minute whose reading
// is X or later (a binary search over the running maximum of the readings), tells first showings from
// repeats by remembering every wall time already shown, walks every minute of every working interval,
// and tests each candidate against each busy entry and leave. It assumes offsets change on whole
// minutes (true of every zone the tests use).
import type { AvailabilityInput, TimeRange } from "./availability";

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
/** Real time read on each side of a range: more than the longest local day plus any offset change. */
const MARGIN_MINUTES = 30 * 60;

type Instance = { day: number; startMinute: number; open: number; close: number };

/** The clinic's clocks over a span of real minutes, and the working intervals they delimit. */
class Clock {
  readonly first: number; // epoch minute of index 0
  readonly walls: Float64Array; // local wall time, minutes since 1970-01-01T00:00 local
  readonly firstShowing: Uint8Array; // 1 if no earlier minute showed the same wall time
  private readonly runningMax: Float64Array;

  constructor(timeZone: string, fromMs: number, toMs: number) {
    this.first = Math.floor(fromMs / MINUTE) - MARGIN_MINUTES;
    const count = Math.ceil(toMs / MINUTE) + MARGIN_MINUTES - this.first;
    this.walls = new Float64Array(count);
    this.firstShowing = new Uint8Array(count);
    this.runningMax = new Float64Array(count);
    const shown = new Set<number>();
    let max = -Infinity;
    let day: Float64Array | undefined;
    for (let i = 0; i < count; i++) {
      const minute = this.first + i;
      const offset = minute - Math.floor(minute / DAY_MINUTES) * DAY_MINUTES;
      if (!day || offset === 0) day = wallsOfUtcDay(timeZone, Math.floor(minute / DAY_MINUTES));
      const w = day[offset]!;
      this.walls[i] = w;
      this.firstShowing[i] = shown.has(w) ? 0 : 1;
      shown.add(w);
      max = Math.max(max, w);
      this.runningMax[i] = max;
    }
  }

  instant(index: number): number {
    return (this.first + index) * MINUTE;
  }

  /** Index of the first minute showing `wall` or later; -1 if none in the span, or if it may lie before it. */
  open(wall: number): number {
    // The running maximum rises exactly where a minute first shows `wall` or later: binary search on it.
    let lo = 0;
    let hi = this.walls.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.runningMax[mid]! >= wall) hi = mid;
      else lo = mid + 1;
    }
    return lo === 0 || lo === this.walls.length ? -1 : lo;
  }

  /** Every working interval of every local date the span shows, without holidays. */
  instances(input: Pick<AvailabilityInput, "weeklyHours" | "holidays">): Instance[] {
    const holidays = new Set(input.holidays);
    const firstDay = Math.floor(this.walls[0]! / DAY_MINUTES);
    const lastDay = Math.floor(this.runningMax[this.walls.length - 1]! / DAY_MINUTES);
    const result: Instance[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const date = new Date(day * DAY_MINUTES * MINUTE);
      if (holidays.has(date.toISOString().slice(0, 10))) continue;
      const weekday = ((date.getUTCDay() + 6) % 7) + 1;
      for (const i of input.weeklyHours) {
        if (i.weekday !== weekday || !(i.endMinute > i.startMinute)) continue;
        const open = this.open(day * DAY_MINUTES + i.startMinute);
        const close = this.open(day * DAY_MINUTES + i.endMinute);
        if (open >= 0 && close >= 0) result.push({ day, startMinute: i.startMinute, open, close });
      }
    }
    return result;
  }
}

export function oracleFreeSlots(input: AvailabilityInput, range: TimeRange): TimeRange[] {
  const duration = (input.visit?.durationMinutes ?? input.slotMinutes) * MINUTE;
  const grid = input.gridMinutes ?? input.slotMinutes;
  const visitBefore = (input.visit?.bufferBeforeMinutes ?? input.bufferBeforeMinutes) * MINUTE;
  const visitAfter = (input.visit?.bufferAfterMinutes ?? input.bufferAfterMinutes) * MINUTE;
  const earliest = input.now.getTime() + input.minNoticeMinutes * MINUTE;
  const today = Math.floor(wallMinute(input.timeZone, Math.floor(input.now.getTime() / MINUTE)) / DAY_MINUTES);
  const lastDay = today + input.bookingWindowDays;
  const from = range.start.getTime();
  const to = range.end.getTime();
  const clock = new Clock(input.timeZone, from, Math.max(from, to));

  const isFree = (s: number) => {
    const e = s + duration;
    if (input.leaves.some((l) => l.start.getTime() < l.end.getTime() && s < l.end.getTime() && l.start.getTime() < e))
      return false;
    return !input.busy.some((b) => {
      const bStart = b.start.getTime() - (b.bufferBeforeMinutes ?? input.bufferBeforeMinutes) * MINUTE;
      const bEnd = b.end.getTime() + (b.bufferAfterMinutes ?? input.bufferAfterMinutes) * MINUTE;
      return bStart < bEnd && s - visitBefore < bEnd && bStart < e + visitAfter;
    });
  };

  const starts = new Set<number>();
  for (const { day, startMinute, open, close } of clock.instances(input)) {
    if (day > lastDay) continue;
    let previous = -Infinity;
    for (let i = open; i < close; i++) {
      const minute = clock.walls[i]! - day * DAY_MINUTES;
      if (
        !clock.firstShowing[i] ||
        minute < startMinute ||
        minute >= DAY_MINUTES ||
        (minute - startMinute) % grid !== 0
      )
        continue;
      const s = clock.instant(i);
      if (s - previous < grid * MINUTE) continue;
      previous = s;
      if (s + duration > clock.instant(close)) continue;
      if (s < from || s >= to || s < earliest) continue;
      if (isFree(s)) starts.add(s);
    }
  }
  return [...starts].sort((a, b) => a - b).map((s) => ({ start: new Date(s), end: new Date(s + duration) }));
}

export function oracleWithinWorkingTime(
  input: Pick<AvailabilityInput, "timeZone" | "weeklyHours" | "holidays" | "leaves">,
  range: TimeRange,
): boolean {
  const start = range.start.getTime();
  const end = range.end.getTime();
  if (!(start < end)) return false;
  if (
    input.leaves.some((l) => l.start.getTime() < l.end.getTime() && start < l.end.getTime() && l.start.getTime() < end)
  )
    return false;
  const clock = new Clock(input.timeZone, start, end);
  return clock.instances(input).some(({ open, close }) => clock.instant(open) <= start && end <= clock.instant(close));
}

// ---------------------------------------------------------------------------------------------
// The wall clock of one real minute, read with Intl and kept per zone and UTC day across calls.

const formatters = new Map<string, Intl.DateTimeFormat>();
const daysRead = new Map<string, Float64Array>();

function wallMinute(timeZone: string, epochMinute: number): number {
  const utcDay = Math.floor(epochMinute / DAY_MINUTES);
  return wallsOfUtcDay(timeZone, utcDay)[epochMinute - utcDay * DAY_MINUTES]!;
}

/** The wall time of each minute of one UTC day. */
function wallsOfUtcDay(timeZone: string, utcDay: number): Float64Array {
  const key = `${timeZone} ${utcDay}`;
  let walls = daysRead.get(key);
  if (!walls) {
    walls = new Float64Array(DAY_MINUTES);
    for (let k = 0; k < DAY_MINUTES; k++) walls[k] = readWall(timeZone, (utcDay * DAY_MINUTES + k) * MINUTE);
    daysRead.set(key, walls);
  }
  return walls;
}

function readWall(timeZone: string, epochMs: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const [month, day, year, hour, minute] = (format.format(epochMs).match(/\d+/g) ?? []).map(Number);
  if (month === undefined || day === undefined || year === undefined || hour === undefined || minute === undefined) {
    throw new Error(`Unexpected date format for ${timeZone}`);
  }
  return Date.UTC(year, month - 1, day, hour, minute) / MINUTE;
}
