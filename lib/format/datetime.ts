// Display formatting of instants in the clinic's time zone and of money, for a locale (an Intl tag such
// as "en-GB" or "bn-BD", whose digits and month names Intl supplies). Pure. Building an Intl formatter
// costs far more than using one (a profile of the slot picker spent 18 % of its time there), so each
// (locale, zone, options) formatter is built once and reused.

const ENGLISH = "en-GB";

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The one cached Intl.DateTimeFormat for these arguments. */
export function dateTimeFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** The one cached Intl.NumberFormat for these arguments. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };
const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
const MONTH: Intl.DateTimeFormatOptions = { month: "long", year: "numeric" };

export function formatDateTime(instant: Date, timeZone: string, locale = ENGLISH): string {
  return dateTimeFormat(locale, timeZone, DATE_TIME).format(instant);
}

export function formatTime(instant: Date, timeZone: string, locale = ENGLISH): string {
  return dateTimeFormat(locale, timeZone, TIME).format(instant);
}

export function formatDay(instant: Date, timeZone: string, locale = ENGLISH): string {
  return dateTimeFormat(locale, timeZone, DAY).format(instant);
}

/** "March 2030", for a month's report. */
export function formatMonth(instant: Date, timeZone: string, locale = ENGLISH): string {
  return dateTimeFormat(locale, timeZone, MONTH).format(instant);
}

/** Short zone name as people read it on that date, e.g. "GMT" or "BST". */
export function zoneAbbreviation(instant: Date, timeZone: string, locale = ENGLISH): string {
  const part = dateTimeFormat(locale, timeZone, { timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

export function formatMoney(cents: number, currency = "GBP", locale = ENGLISH): string {
  return numberFormat(locale, { style: "currency", currency }).format(cents / 100);
}

/** A plain count in the locale's digits (১২ in Bengali). */
export function formatNumber(value: number, locale = ENGLISH): string {
  return numberFormat(locale).format(value);
}

/** The currency's sign as the locale writes it ("£", "৳"), for labels such as "Fee from (£)". */
export function currencySymbol(currency = "GBP", locale = ENGLISH): string {
  const part = numberFormat(locale, { style: "currency", currency })
    .formatToParts(0)
    .find((p) => p.type === "currency");
  return part?.value ?? currency;
}
