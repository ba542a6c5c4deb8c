// The clinic settings form, shared by the browser and the server. Pure.
import { text, z } from "@/lib/i18n/zod";
import { inSupportedYears } from "@/lib/scheduling/supported-years";
import { phoneSchema } from "@/lib/users/schemas";

/** IANA zone names this runtime knows ("Europe/London"), plus UTC; offsets like "+01:00" are refused. */
export function isIanaTimeZone(value: string): boolean {
  return value === "UTC" || Intl.supportedValuesOf("timeZone").includes(value);
}

const optional = (schema: z.ZodType<string | undefined>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const whole = (label: string, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `Enter ${label} as a number` })
    .int(`Use a whole number of ${unit}`)
    .min(min, `Use at least ${min} ${unit}`)
    .max(max, `Use at most ${max} ${unit}`);

/** "1440, 120" → [1440, 120]: up to five distinct lead times, largest first, each 5 min to 14 days. */
export const reminderLeadSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return [];
    const parts = text.split(/[\s,]+/).filter(Boolean);
    const numbers = parts.map(Number);
    if (numbers.some((n) => !Number.isInteger(n) || n < 5 || n > 20_160)) {
      ctx.addIssue({ code: "custom", message: "Use whole minutes between 5 and 20160, separated by commas" });
      return z.NEVER;
    }
    const unique = [...new Set(numbers)].sort((a, b) => b - a);
    if (unique.length > 5) {
      ctx.addIssue({ code: "custom", message: "Use at most five reminder times" });
      return z.NEVER;
    }
    return unique;
  });

export const clinicSettingsSchema = z.object({
  name: text().trim().min(2, "Enter the clinic's name").max(120, "Use at most 120 characters"),
  address: optional(text().trim().max(200, "Use at most 200 characters")),
  phone: optional(phoneSchema),
  email: optional(text().trim().max(254).pipe(z.email("Enter a valid email address"))),
  timeZone: z.string().refine(isIanaTimeZone, "Choose a time zone from the list, like Europe/London"),
  cancellationCutoffHours: whole("the cut-off", 0, 720, "hours"),
  minNoticeMinutes: whole("the notice", 0, 43_200, "minutes"),
  bookingWindowDays: whole("the window", 1, 365, "days"),
  requireDoctorConfirmation: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  reminderLeadMinutes: reminderLeadSchema,
  /** Staff are signed out after this long without a request (lib/sessions); a form without it keeps 30. */
  staffIdleMinutes: whole("the idle timeout", 5, 720, "minutes").default(30),
});
export type ClinicSettingsInput = z.infer<typeof clinicSettingsSchema>;

export const addHolidaySchema = z.object({
  date: z.iso.date("Choose a date").refine(inSupportedYears, "Choose a date between 1900 and 2199"),
  name: text().trim().min(2, "Name the holiday, e.g. Christmas Day").max(80, "Use at most 80 characters"),
});
export type AddHolidayInput = z.infer<typeof addHolidaySchema>;

export const removeHolidaySchema = z.object({ holidayId: z.uuid("That holiday is not valid.") });
export type RemoveHolidayInput = z.infer<typeof removeHolidaySchema>;
