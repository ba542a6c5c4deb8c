// The weekly-hours form as the browser sends it, shared by the editor and the server actions (no
// server imports). Intervals travel as one JSON field because a day can have any number of rows.
import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";
import type { HoursProblem } from "@/lib/scheduling/weekly-hours";
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
  cancelReason: text({ multiline: true }).trim().max(500, "validation.doctors.reasonTooLong").optional(),
  acknowledged: ids,
};

const interval = z.object({ weekday: z.number(), startMinute: z.number(), endMinute: z.number() });

const intervalsJson = z.string().transform((json, ctx) => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "validation.doctors.hoursUnreadable" });
    return z.NEVER;
  }
});

const minutes = (message: string) => z.coerce.number({ message }).int(message);

export const hoursFormSchema = z.object({
  doctorId: z.uuid("validation.doctors.badLink"),
  intervals: intervalsJson.pipe(
    z
      .array(interval, { message: "validation.doctors.hoursUnreadable" })
      .max(7 * 6, "validation.doctors.tooManyPeriods"),
  ),
  slotMinutes: minutes("validation.doctors.slotMinutes"),
  bufferBeforeMin: minutes("validation.doctors.wholeMinutes"),
  bufferAfterMin: minutes("validation.doctors.wholeMinutes"),
  ...strandedDecisionFields,
});

export type HoursFormInput = z.output<typeof hoursFormSchema>;

/** The hours' problems as field messages (catalogue keys), for the editor and the server alike. */
export function hoursProblemMessages(errors: Record<string, HoursProblem>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, problem]) => [
      field,
      msg(`validation.hours.${problem.key}`, "values" in problem ? problem.values : undefined),
    ]),
  );
}

// The leave form, shared by the browser and the server (no server imports).

/** A real calendar date and time: "2026-02-30T10:00" has the right shape but does not exist. */
const exists = (value: string) => new Date(`${value}:00Z`).toISOString().startsWith(value);
const localDateTime = z
  .string()
  .regex(LOCAL_DATE_TIME, "validation.doctors.dateTime")
  .refine((value) => !Number.isNaN(Date.parse(`${value}:00Z`)) && exists(value), "validation.doctors.dateExists")
  .refine(inSupportedYears, "validation.doctors.dateYears");

export const leaveFormSchema = z
  .object({
    doctorId: z.uuid("validation.doctors.badLink"),
    startsAt: localDateTime,
    endsAt: localDateTime,
    note: text().trim().max(200, "validation.doctors.noteTooLong").optional(),
    ...strandedDecisionFields,
  })
  .superRefine((value, ctx) => {
    // Same fixed-width format, so text order is time order.
    if (value.endsAt <= value.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "validation.doctors.endAfterStart" });
  });

export const deleteLeaveSchema = z.object({ leaveId: z.uuid("validation.doctors.badLink") });

export type LeaveFormInput = z.output<typeof leaveFormSchema>;

// The professional profile form, shared by the browser and the server (no server imports).

const optionalText = (max: number, multiline = false) =>
  text({ multiline }).trim().max(max, msg("validation.doctors.textTooLong", { max })).optional();

/** The professional facts patients see, shared by the profile form and the admin's new-doctor form. */
export const professionalFields = {
  specialtyId: z.uuid("validation.doctors.specialty"),
  licenseNumber: text()
    .trim()
    .min(3, "validation.doctors.licence")
    .max(40, msg("validation.doctors.textTooLong", { max: 40 })),
  yearsOfExperience: z.coerce
    .number({ message: "validation.doctors.years" })
    .int("validation.doctors.wholeYears")
    .min(0, "validation.doctors.yearsMin")
    .max(70, "validation.doctors.yearsMax"),
  /** Entered in pounds (60 or 62.50), stored in pence. */
  fee: z
    .string()
    .trim()
    .regex(/^\d{1,5}(\.\d{1,2})?$/, "validation.doctors.fee")
    .transform((value) => Math.round(Number(value) * 100)),
  location: optionalText(120),
};

export const profileFormSchema = z.object({
  doctorId: z.uuid("validation.doctors.badLink"),
  ...professionalFields,
  bio: optionalText(1000, true),
  // A checkbox: present ("on") when ticked, absent otherwise.
  acceptingPatients: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export type ProfileFormInput = z.output<typeof profileFormSchema>;

export const calendarFeedSchema = z.object({ doctorId: z.uuid("validation.doctors.badLink") });

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
