// Brute-force reference for listFreeSlots, used only by the property tests. It walks the range one
// minute at a time, reads each minute's local wall time with Intl.DateTimeFormat (the engine goes the
// other way, wall time → instant, with Temporal) and applies the written rules literally. Slow on purpose.
import type { AvailabilityInput, TimeRange } from "./availability";

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
/** How far back to look for an earlier occurrence of a wall time; longer than any repeat in the tested zones. */
const LOOKBACK_MINUTES = 180;

export function oracleFreeSlots(input: AvailabilityInput, range: TimeRange): TimeRange[] {
  const wall = wallClock(input.timeZone);
  const slotMs = input.slotMinutes * MINUTE;
  const before = input.bufferBeforeMinutes * MINUTE;
  const after = input.bufferAfterMinutes * MINUTE;
  const earliest = input.now.getTime() + input.minNoticeMinutes * MINUTE;
  const lastDay = Math.floor(wall(input.now.getTime()) / DAY_MINUTES) + input.bookingWindowDays;
  const holidays = new Set(input.holidays);

  /** Did wall time `w` (shown at minute instant t) already show at an earlier instant? */
  const shownEarlier = (t: number, w: number) => {
    for (let k = 1; k <= LOOKBACK_MINUTES; k++) if (wall(t - k * MINUTE) === w) return true;
    return false;
  };

  /**
   * Is `slotEnd` at or before the instant of wall time `target` ('compatible': its first occurrence, or in
   * a gap the wall time pushed forward by the gap's length)? Walks forward from the slot start `t`.
   */
  const endsBy = (t: number, slotEnd: number, target: number) => {
    for (let u = t; u <= slotEnd; u += MINUTE) {
      const w = wall(u);
      if (w < target) continue;
      const targetInstant = w === target ? u : u + (target - (wall(u - MINUTE) + 1)) * MINUTE;
      return slotEnd <= targetInstant;
    }
    return true; // the target wall time comes later still
  };

  const slots: TimeRange[] = [];
  for (let t = Math.ceil(range.start.getTime() / MINUTE) * MINUTE; t < range.end.getTime(); t += MINUTE) {
    const end = t + slotMs;
    if (t < earliest) continue;
    const clashes = input.busy.some((b) => {
      const bStart = b.start.getTime() - before;
      const bEnd = b.end.getTime() + after;
      return bStart < bEnd && t - before < bEnd && bStart < end + after;
    });
    if (clashes) continue;
    if (input.leaves.some((l) => l.start.getTime() < l.end.getTime() && t < l.end.getTime() && l.start.getTime() < end))
      continue;

    const w = wall(t);
    const day = Math.floor(w / DAY_MINUTES);
    const minute = w - day * DAY_MINUTES;
    if (day > lastDay) continue;
    const date = new Date(day * DAY_MINUTES * MINUTE);
    if (holidays.has(date.toISOString().slice(0, 10))) continue;
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    const inInterval = input.weeklyHours.some(
      (i) =>
        i.weekday === weekday &&
        minute >= i.startMinute &&
        minute < i.endMinute && // by wall clock too: a gap can push the end instant past later wall times
        (minute - i.startMinute) % input.slotMinutes === 0 &&
        endsBy(t, end, day * DAY_MINUTES + i.endMinute),
    );
    if (!inInterval || shownEarlier(t, w)) continue;
    slots.push({ start: new Date(t), end: new Date(end) });
  }
  return slots;
}

/** Local wall time of an instant, as minutes since 1970-01-01T00:00 local (memoised per minute). */
function wallClock(timeZone: string): (epochMs: number) => number {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  const memo = new Map<number, number>();
  return (epochMs) => {
    const cached = memo.get(epochMs);
    if (cached !== undefined) return cached;
    const [month, day, year, hour, minute] = (format.format(epochMs).match(/\d+/g) ?? []).map(Number);
    if (month === undefined || day === undefined || year === undefined || hour === undefined || minute === undefined) {
      throw new Error(`Unexpected date format for ${timeZone}`);
    }
    const w = Date.UTC(year, month - 1, day, hour, minute) / MINUTE;
    memo.set(epochMs, w);
    return w;
  };
}
