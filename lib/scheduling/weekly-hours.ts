// Validation of a doctor's weekly hours and appointment settings, shared by the doctor's own editor
// and the admin's. Pure: errors are keyed by the form field they belong to, and each names its problem
// with the numbers in it; the forms word it in the reader's language (lib/doctors/schemas.ts).
import type { WeeklyInterval } from "./availability";
export const MAX_INTERVALS_PER_DAY = 6;
export const SLOT_MINUTES = { min: 5, max: 240, step: 5 } as const;
export const BUFFER_MINUTES = { min: 0, max: 120 } as const;

export type HoursSettings = {
  intervals: WeeklyInterval[];
  slotMinutes: number;
  bufferBeforeMin: number;
  bufferAfterMin: number;
};
/** One problem with the hours: what is wrong, and the numbers the message needs. */
export type HoursProblem =
  | { key: "slotLength"; values: { min: number; max: number; step: number } }
  | { key: "bufferRange"; values: { min: number; max: number } }
  | { key: "weekday" | "startRange" | "endRange" | "endAfterStart" }
  | { key: "shorterThanSlot"; values: { minutes: number } }
  | { key: "tooManyPeriods"; values: { max: number } }
  | { key: "overlaps"; values: { from: string; to: string; weekday: number } };

export type HoursValidation = { ok: true; value: HoursSettings } | { ok: false; errors: Record<string, HoursProblem> };

const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/**
 * Checks the settings as a whole. Error keys: `intervals.<i>.startMinute|endMinute` for the i-th
 * interval as given, `weekday.<n>` for a day's problems, and the setting's own name otherwise.
 * On success the intervals come back sorted by weekday and start.
 */
export function validateHoursSettings(input: HoursSettings): HoursValidation {
  const errors: Record<string, HoursProblem> = {};
  const { slotMinutes, bufferBeforeMin, bufferAfterMin } = input;
  if (
    !Number.isInteger(slotMinutes) ||
    slotMinutes < SLOT_MINUTES.min ||
    slotMinutes > SLOT_MINUTES.max ||
    slotMinutes % SLOT_MINUTES.step !== 0
  ) {
    errors.slotMinutes = { key: "slotLength", values: { ...SLOT_MINUTES } };
  }
  for (const [key, value] of [
    ["bufferBeforeMin", bufferBeforeMin],
    ["bufferAfterMin", bufferAfterMin],
  ] as const) {
    if (!Number.isInteger(value) || value < BUFFER_MINUTES.min || value > BUFFER_MINUTES.max) {
      errors[key] = { key: "bufferRange", values: { ...BUFFER_MINUTES } };
    }
  }

  input.intervals.forEach((interval, i) => {
    const { weekday, startMinute, endMinute } = interval;
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) errors[`intervals.${i}.weekday`] = { key: "weekday" };
    if (!Number.isInteger(startMinute) || startMinute < 0 || startMinute >= 1440)
      errors[`intervals.${i}.startMinute`] = { key: "startRange" };
    if (!Number.isInteger(endMinute) || endMinute <= 0 || endMinute > 1440)
      errors[`intervals.${i}.endMinute`] = { key: "endRange" };
    else if (endMinute <= startMinute) errors[`intervals.${i}.endMinute`] = { key: "endAfterStart" };
    else if (!errors.slotMinutes && endMinute - startMinute < slotMinutes) {
      errors[`intervals.${i}.endMinute`] = { key: "shorterThanSlot", values: { minutes: slotMinutes } };
    }
  });

  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = input.intervals
      .map((interval, index) => ({ ...interval, index }))
      .filter((interval) => interval.weekday === weekday)
      .sort((a, b) => a.startMinute - b.startMinute);
    if (day.length > MAX_INTERVALS_PER_DAY)
      errors[`weekday.${weekday}`] = { key: "tooManyPeriods", values: { max: MAX_INTERVALS_PER_DAY } };
    for (let k = 1; k < day.length; k++) {
      const previous = day[k - 1]!;
      const current = day[k]!;
      // Touching periods (12:00–13:00 after 09:00–12:00) are fine; sharing a minute is not.
      if (current.startMinute < previous.endMinute) {
        errors[`intervals.${current.index}.startMinute`] ??= {
          key: "overlaps",
          values: { from: clock(previous.startMinute), to: clock(previous.endMinute), weekday },
        };
      }
    }
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const intervals = [...input.intervals].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  return { ok: true, value: { ...input, intervals } };
}
