import "server-only";
import { findNextFreeSlot } from "@/lib/scheduling/availability";
import { daysOfWeek, localDateOf, mondayOf, shiftWeek } from "@/lib/scheduling/zoned-day";
import { getFreeSlots, loadAvailability, windowEnd, type Purpose } from "./service";
import type { SchedulingSettings } from "@/lib/settings/queries";

/** The week a picker shows: the requested Monday when valid and within the booking window, else this week. */
function chooseMonday(requested: string | undefined, settings: SchedulingSettings, now: Date): string {
  const current = mondayOf(now, settings.timeZone);
  const last = mondayOf(windowEnd(settings, now), settings.timeZone);
  if (!requested || !/^\d{4}-\d{2}-\d{2}$/.test(requested)) return current;
  try {
    const monday = mondayOf(new Date(`${requested}T12:00:00Z`), "UTC");
    return monday < current ? current : monday > last ? last : monday;
  } catch {
    return current;
  }
}

/** Free slots of one doctor for one week, grouped by local day, with the weeks around it. */
export async function loadWeekSlots(
  doctorId: string,
  settings: SchedulingSettings,
  now: Date,
  requestedWeek: string | undefined,
  query: { purpose: Purpose; excludeAppointmentId?: string },
) {
  const monday = chooseMonday(requestedWeek, settings, now);
  const days = daysOfWeek(monday, settings.timeZone);
  const range = { start: days[0]!.interval.start, end: days[6]!.interval.end };
  const slots = await getFreeSlots(doctorId, settings, now, range, query);
  const firstMonday = mondayOf(now, settings.timeZone);
  const lastMonday = mondayOf(windowEnd(settings, now), settings.timeZone);
  let nextFree = null;
  if (slots.length === 0) {
    // Nothing this week: say when the next free time is, so the patient can jump there.
    const availability = (
      await loadAvailability(
        [doctorId],
        settings,
        now,
        { start: now, end: windowEnd(settings, now) },
        query.excludeAppointmentId,
      )
    ).get(doctorId);
    nextFree = availability ? findNextFreeSlot(availability.input, range.end) : null;
  }
  return {
    monday,
    days: days.map((day) => ({
      date: day.date,
      start: day.interval.start,
      slots: slots.filter((s) => localDateOf(s.start, settings.timeZone) === day.date),
    })),
    previousWeek: monday > firstMonday ? shiftWeek(monday, -1) : null,
    nextWeek: monday < lastMonday ? shiftWeek(monday, 1) : null,
    nextFree: nextFree ? { start: nextFree.start, week: mondayOf(nextFree.start, settings.timeZone) } : null,
    windowWeeks: Math.ceil(settings.bookingWindowDays / 7),
  };
}

export type WeekSlots = Awaited<ReturnType<typeof loadWeekSlots>>;
