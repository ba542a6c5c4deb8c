// iCalendar TEXT values. ical-generator escapes event properties itself but writes the calendar's
// NAME / X-WR-CALNAME and PRODID as given, so a line break in the clinic's name would start a new
// property. Control characters other than line breaks are not allowed in TEXT at all (RFC 5545 3.3.11).
import { escape } from "ical-generator";

// Every C0 control except LF/CR, DEL and the C1 range; line breaks are escaped as \n by the library.

const FORBIDDEN = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** For properties the library escapes itself (SUMMARY, LOCATION, DESCRIPTION…). */
export const icsPlain = (value: string): string => value.replace(FORBIDDEN, " ");

/** For properties the library writes raw: escaped (`\\`, `;`, `,`, line breaks) here. */
export const icsEscaped = (value: string): string => escape(icsPlain(value), false);

/** PRODID's company part: escaped, and without the `//` that separates PRODID's own parts. */
export const icsProductId = (company: string) => ({
  company: icsEscaped(company).replace(/\/{2,}/g, "/"),
  product: "clinic-appointments",
});
