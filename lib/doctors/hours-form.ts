// The weekly-hours form as the browser sends it, shared by the editor and the server actions (no
// server imports). Intervals travel as one JSON field because a day can have any number of rows.
import { z } from "zod";

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

const ids = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(",").filter(Boolean) : []));

/**
 * What the doctor decided about appointments a change would strand: keep them, or cancel them with
 * a reason. `acknowledged` lists the appointments the doctor was shown, so one booked meanwhile is
 * never cancelled unseen.
 */
export const strandedDecisionFields = {
  strandedChoice: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["keep", "cancel"]).optional()),
  cancelReason: z.string().trim().max(500, "Keep it under 500 characters.").optional(),
  acknowledged: ids,
};

export function refineStrandedDecision(value: { strandedChoice?: "keep" | "cancel"; cancelReason?: string }, ctx: z.RefinementCtx) {
  if (value.strandedChoice === "cancel" && (value.cancelReason ?? "").length < 3) {
    ctx.addIssue({ code: "custom", path: ["cancelReason"], message: "Tell the patients briefly why (at least 3 characters)." });
  }
}

const interval = z.object({ weekday: z.number(), startMinute: z.number(), endMinute: z.number() });

const intervalsJson = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "The hours could not be read. Please try again." });
    return z.NEVER;
  }
});

const minutes = (message: string) => z.coerce.number({ message }).int(message);

export const hoursFormSchema = z
  .object({
    doctorId: z.uuid("That link is not valid."),
    intervals: intervalsJson.pipe(z.array(interval, { message: "The hours could not be read. Please try again." }).max(7 * 6, "Too many periods.")),
    slotMinutes: minutes("Enter the slot length in minutes."),
    bufferBeforeMin: minutes("Enter whole minutes."),
    bufferAfterMin: minutes("Enter whole minutes."),
    ...strandedDecisionFields,
  })
  .superRefine(refineStrandedDecision);

export type HoursFormInput = z.output<typeof hoursFormSchema>;
