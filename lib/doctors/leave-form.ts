// The leave form, shared by the browser and the server (no server imports).
import { z } from "zod";
import { LOCAL_DATE_TIME } from "@/lib/scheduling/local-datetime";
import { inSupportedYears } from "@/lib/scheduling/supported-years";
import { strandedDecisionFields } from "./hours-form";

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
    note: z.string().trim().max(200, "Keep the note under 200 characters.").optional(),
    ...strandedDecisionFields,
  })
  .superRefine((value, ctx) => {
    // Same fixed-width format, so text order is time order.
    if (value.endsAt <= value.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
  });

export const deleteLeaveSchema = z.object({ leaveId: z.uuid("That link is not valid.") });

export type LeaveFormInput = z.output<typeof leaveFormSchema>;
