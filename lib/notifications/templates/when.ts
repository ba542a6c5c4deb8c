// Times in emails are the clinic's wall-clock time with its zone's abbreviation, e.g.
// "Tuesday 24 November 2026 at 09:30 GMT": a patient abroad still reads the clinic's time.
// Assembled from parts by the catalogue's pattern, so the wording does not change with the ICU version
// of the server, and each language orders them its own way (with its own digits).
import { dateTimeFormat, zoneAbbreviation } from "@/lib/format/datetime";
import type { Words } from "@/lib/i18n/words";

const LONG: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

export function clinicTime(iso: string, timeZone: string, words: Words): string {
  const instant = new Date(iso);
  const parts = dateTimeFormat(words.intl, timeZone, LONG).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return words.t("emails.when", {
    weekday: part("weekday"),
    day: part("day"),
    month: part("month"),
    year: part("year"),
    hour: part("hour"),
    minute: part("minute"),
    zone: zoneAbbreviation(instant, timeZone, words.intl),
  });
}

/** "24 hours", "2 hours", "30 minutes", "2 days": how far ahead a reminder is. */
export function leadText(minutes: number, words: Words): string {
  if (minutes % 1440 === 0 && minutes > 1440) return words.t("emails.lead.days", { count: minutes / 1440 });
  if (minutes % 60 === 0) return words.t("emails.lead.hours", { count: minutes / 60 });
  return words.t("emails.lead.minutes", { count: minutes });
}
