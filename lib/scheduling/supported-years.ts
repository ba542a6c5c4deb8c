// The years the clinic's calendar accepts in input. PostgreSQL has no year 0 and rejects it as
// out of range, and a far year is a typing mistake: a value outside is treated as malformed (a
// message next to the field, or the page's default), never sent to the database. Pure.

const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

/** Whether an ISO date, month or date-time ("YYYY-…") falls in the supported years. */
export function inSupportedYears(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}
