// Display formatting of instants in the clinic's time zone. Pure; Intl does the zone work.
const locale = "en-GB";

export function formatDateTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

export function formatTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" }).format(instant);
}

export function formatDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long" }).format(instant);
}

/** Short zone name as people read it on that date, e.g. "GMT" or "BST". */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

export function formatMoney(cents: number, currency = "GBP"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(cents / 100);
}
