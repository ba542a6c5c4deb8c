import { z } from "@/lib/i18n/zod";
import { Temporal } from "temporal-polyfill";
import { inSupportedYears } from "@/lib/scheduling/supported-years";
import { monthDates } from "@/lib/scheduling/date-range";
import { blankAsMissing, optionalDate } from "@/lib/listing/search-params";

export const reportFilterSchema = z.object({
  month: z
    .preprocess(
      blankAsMissing,
      z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
        .refine(inSupportedYears)
        .optional(),
    )
    .catch(undefined),
  from: optionalDate,
  to: optionalDate,
});
export type ReportFilter = z.infer<typeof reportFilterSchema>;

/** A date range wins over a month; with neither, the current local month. An inverted range is swapped. */
export function reportPeriod(
  filter: ReportFilter,
  now: Date,
  timeZone: string,
): { from: string; to: string; month?: string } {
  if (filter.from || filter.to) {
    const from = filter.from ?? filter.to!;
    const to = filter.to ?? filter.from!;
    return from <= to ? { from, to } : { from: to, to: from };
  }
  const month =
    filter.month ??
    Temporal.Instant.fromEpochMilliseconds(now.getTime())
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toString()
      .slice(0, 7);
  return { ...monthDates(month), month };
}
