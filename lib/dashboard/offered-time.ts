// How many minutes a doctor offered over some local days: weekly hours on each date (not on
// holidays), less leave. Pure; Temporal places wall-clock hours in the zone, so DST days are right.
import { Temporal } from "temporal-polyfill";

export type WeeklyInterval = { weekday: number; startMinute: number; endMinute: number };
export type Leave = { startsAt: Date; endsAt: Date };

const instantAt = (date: Temporal.PlainDate, minute: number, timeZone: string) =>
  minute >= 1440
    ? date.add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds
    : date.toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(Math.floor(minute / 60), minute % 60) })
        .epochMilliseconds;

export function offeredMinutes(
  hours: WeeklyInterval[],
  dates: string[],
  holidays: Set<string>,
  leaves: Leave[],
  timeZone: string,
): number {
  let total = 0;
  for (const iso of dates) {
    if (holidays.has(iso)) continue;
    const date = Temporal.PlainDate.from(iso);
    for (const h of hours) {
      if (h.weekday !== date.dayOfWeek) continue;
      const start = instantAt(date, h.startMinute, timeZone);
      const end = instantAt(date, h.endMinute, timeZone);
      const onLeave = leaves.reduce(
        (sum, l) => sum + Math.max(0, Math.min(end, l.endsAt.getTime()) - Math.max(start, l.startsAt.getTime())),
        0,
      );
      total += Math.max(0, end - start - onLeave) / 60_000;
    }
  }
  return Math.round(total);
}
