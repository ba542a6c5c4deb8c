// The weekly-hours form as the browser sends it, shared by the editor and the server actions (no
// server imports). Intervals travel as one JSON field because a day can have any number of rows.
import { text, z } from "@/lib/i18n/zod";
import { LOCAL_DATE_TIME } from "@/lib/scheduling/local-datetime";
import { inSupportedYears } from "@/lib/scheduling/supported-years";

const DAY = 1440;

/** Minutes after midnight as "HH:MM"; 1440 (the end of the day) as "24:00". */
export function minuteToClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** "HH:MM" as minutes after midnight, or NaN. An end of "00:00" or "24:00" means midnight at the end of the day. */
export function clockToMinute(value: string, isEnd = false): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return Number.NaN;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return Number.NaN;
  const minute = hours * 60 + minutes;
  return isEnd && minute === 0 ? DAY : minute;
}

const ids = text()
  .optional()
  .transform((value) => (value ? value.split(",").filter(Boolean) : []));

/**
 * What the doctor decided about appointments a change would strand: keep them, or cancel them with
 * a reason. `acknowledged` lists the appointments the doctor was shown, so one booked meanwhile is
 * never cancelled unseen. The reason is required by the service, which can then answer with the
 * list again next to the message.
 */
const strandedDecisionFields = {
  strandedChoice: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["keep", "cancel"]).optional()),
  cancelReason: text({ multiline: true }).trim().max(500, "Keep it under 500 characters.").optional(),
  acknowledged: ids,
};

const interval = z.object({ weekday: z.number(), startMinute: z.number(), endMinute: z.number() });

const intervalsJson = z.string().transform((json, ctx) => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "The hours could not be read. Please try again." });
    return z.NEVER;
  }
});

const minutes = (message: string) => z.coerce.number({ message }).int(message);

export const hoursFormSchema = z.object({
  doctorId: z.uuid("That link is not valid."),
  intervals: intervalsJson.pipe(
    z.array(interval, { message: "The hours could not be read. Please try again." }).max(7 * 6, "Too many periods."),
  ),
  slotMinutes: minutes("Enter the slot length in minutes."),
  bufferBeforeMin: minutes("Enter whole minutes."),
  bufferAfterMin: minutes("Enter whole minutes."),
  ...strandedDecisionFields,
});

export type HoursFormInput = z.output<typeof hoursFormSchema>;

// The leave form, shared by the browser and the server (no server imports).

/** A real calendar date and time: "2026-02-30T10:00" has the right shape but does not exist. */
const exists = (value: string) => new Date(`${value}:00Z`).toISOString().startsWith(value);
const localDateTime = z
  .string()
  .regex(LOCAL_DATE_TIME, "Enter a date and time.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}:00Z`)) && exists(value), "Enter a date that exists.")
  .refine(inSupportedYears, "Enter a date between 1900 and 2199.");

export const leaveFormSchema = z
  .object({
    doctorId: z.uuid("That link is not valid."),
    startsAt: localDateTime,
    endsAt: localDateTime,
    note: text().trim().max(200, "Keep the note under 200 characters.").optional(),
    ...strandedDecisionFields,
  })
  .superRefine((value, ctx) => {
    // Same fixed-width format, so text order is time order.
    if (value.endsAt <= value.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
  });

export const deleteLeaveSchema = z.object({ leaveId: z.uuid("That link is not valid.") });

export type LeaveFormInput = z.output<typeof leaveFormSchema>;

// The professional profile form, shared by the browser and the server (no server imports).

const optionalText = (max: number, multiline = false) =>
  text({ multiline }).trim().max(max, `Keep it under ${max} characters.`).optional();

/** The professional facts patients see, shared by the profile form and the admin's new-doctor form. */
export const professionalFields = {
  specialtyId: z.uuid("Choose a specialty."),
  licenseNumber: text().trim().min(3, "Enter the licence number.").max(40, "Keep it under 40 characters."),
  yearsOfExperience: z.coerce
    .number({ message: "Enter a number of years." })
    .int("Enter whole years.")
    .min(0, "Enter 0 or more.")
    .max(70, "Enter at most 70."),
  /** Entered in pounds (60 or 62.50), stored in pence. */
  fee: z
    .string()
    .trim()
    .regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter an amount such as 60 or 62.50.")
    .transform((value) => Math.round(Number(value) * 100)),
  location: optionalText(120),
};

export const profileFormSchema = z.object({
  doctorId: z.uuid("That link is not valid."),
  ...professionalFields,
  bio: optionalText(1000, true),
  // A checkbox: present ("on") when ticked, absent otherwise.
  acceptingPatients: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export type ProfileFormInput = z.output<typeof profileFormSchema>;

export const calendarFeedSchema = z.object({ doctorId: z.uuid("That link is not valid.") });

// Search parameters come from the URL; a malformed one is dropped rather than failing the page.
// An empty field (the form submits "") means "no filter", not zero.
const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);
const optionalNumber = (max: number) =>
  z.preprocess(blankAsMissing, z.coerce.number().int().min(0).max(max).optional()).catch(undefined);

const doctorSortOptions = ["next", "name", "fee", "experience"] as const;

export const doctorSearchSchema = z.object({
  q: text().trim().max(80).optional().catch(undefined),
  specialty: z.preprocess(blankAsMissing, z.uuid().optional()).catch(undefined),
  minFee: optionalNumber(100_000),
  maxFee: optionalNumber(100_000),
  minYears: optionalNumber(80),
  within: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(365).optional()).catch(undefined),
  sort: z.enum(doctorSortOptions).default("next").catch("next"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type DoctorSearch = z.infer<typeof doctorSearchSchema>;
