// Formatting bound to one language (its Intl tag) and the clinic's zone and currency. Pure.
import {
  currencySymbol,
  formatDateTime,
  formatDay,
  formatMoney,
  formatMonth,
  formatNumber,
  formatTime,
  zoneAbbreviation,
} from "@/lib/format/datetime";

export type Formatters = ReturnType<typeof formattersFor>;

export function formattersFor(intlLocale: string, timeZone: string, currency: string) {
  return {
    locale: intlLocale,
    timeZone,
    dateTime: (d: Date) => formatDateTime(d, timeZone, intlLocale),
    time: (d: Date) => formatTime(d, timeZone, intlLocale),
    day: (d: Date) => formatDay(d, timeZone, intlLocale),
    month: (d: Date) => formatMonth(d, timeZone, intlLocale),
    zone: (d: Date) => zoneAbbreviation(d, timeZone, intlLocale),
    money: (cents: number) => formatMoney(cents, currency, intlLocale),
    currencySymbol: () => currencySymbol(currency, intlLocale),
    number: (n: number) => formatNumber(n, intlLocale),
  };
}
