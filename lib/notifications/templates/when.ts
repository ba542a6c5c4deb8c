// Times in emails are the clinic's wall-clock time with its zone's abbreviation, e.g.
// "Tuesday 24 November 2026 at 09:30 GMT": a patient abroad still reads the clinic's time.
// Assembled from parts, so the wording does not change with the ICU version of the server.
import { zoneAbbreviation } from "@/lib/format/datetime";

export function clinicTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")} at ${part("hour")}:${part("minute")} ${zoneAbbreviation(instant, timeZone)}`;
}

/** "24 hours", "2 hours", "30 minutes", "2 days": how far ahead a reminder is. */
export function leadText(minutes: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (minutes % 1440 === 0 && minutes > 1440) return unit(minutes / 1440, "day");
  if (minutes % 60 === 0) return unit(minutes / 60, "hour");
  return unit(minutes, "minute");
}
