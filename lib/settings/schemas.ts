// The clinic settings form, shared by the browser and the server. Pure.
import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";
import { inSupportedYears } from "@/lib/scheduling/supported-years";
import { phoneSchema } from "@/lib/users/schemas";

/** IANA zone names this runtime knows ("Europe/London"), plus UTC; offsets like "+01:00" are refused. */
export function isIanaTimeZone(value: string): boolean {
  return value === "UTC" || Intl.supportedValuesOf("timeZone").includes(value);
}

const optional = (schema: z.ZodType<string | undefined>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const whole = (min: number, max: number, unit: "hours" | "minutes" | "days") =>
  z.coerce
    .number({ error: "validation.settings.number" })
    .int(msg("validation.settings.whole", { unit }))
    .min(min, msg("validation.settings.min", { min, unit }))
    .max(max, msg("validation.settings.max", { max, unit }));

/** "1440, 120" → [1440, 120]: up to five distinct lead times, largest first, each 5 min to 14 days. */
export const reminderLeadSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return [];
    const parts = text.split(/[\s,]+/).filter(Boolean);
    const numbers = parts.map(Number);
    if (numbers.some((n) => !Number.isInteger(n) || n < 5 || n > 20_160)) {
      ctx.addIssue({ code: "custom", message: "validation.settings.reminders" });
      return z.NEVER;
    }
    const unique = [...new Set(numbers)].sort((a, b) => b - a);
    if (unique.length > 5) {
      ctx.addIssue({ code: "custom", message: "validation.settings.tooManyReminders" });
      return z.NEVER;
    }
    return unique;
  });

export const clinicSettingsSchema = z.object({
  name: text()
    .trim()
    .min(2, "validation.settings.name")
    .max(120, msg("validation.settings.tooLong", { max: 120 })),
  address: optional(
    text()
      .trim()
      .max(200, msg("validation.settings.tooLong", { max: 200 })),
  ),
  phone: optional(phoneSchema),
  email: optional(text().trim().max(254).pipe(z.email("validation.settings.email"))),
  timeZone: z.string().refine(isIanaTimeZone, "validation.settings.timeZone"),
  cancellationCutoffHours: whole(0, 720, "hours"),
  minNoticeMinutes: whole(0, 43_200, "minutes"),
  bookingWindowDays: whole(1, 365, "days"),
  requireDoctorConfirmation: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  requirePatientMfa: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  reminderLeadMinutes: reminderLeadSchema,
  /** Staff are signed out after this long without a request (lib/sessions); a form without it keeps 30. */
  staffIdleMinutes: whole(5, 720, "minutes").default(30),
});
export type ClinicSettingsInput = z.infer<typeof clinicSettingsSchema>;

export const addHolidaySchema = z.object({
  date: z.iso.date("validation.settings.date").refine(inSupportedYears, "validation.settings.dateYears"),
  name: text()
    .trim()
    .min(2, "validation.settings.holidayName")
    .max(80, msg("validation.settings.tooLong", { max: 80 })),
});
export type AddHolidayInput = z.infer<typeof addHolidaySchema>;

export const removeHolidaySchema = z.object({ holidayId: z.uuid("validation.settings.badHoliday") });
export type RemoveHolidayInput = z.infer<typeof removeHolidaySchema>;
