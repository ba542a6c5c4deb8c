// The leave form, shared by the browser and the server (no server imports).
import { z } from "zod";
import { LOCAL_DATE_TIME } from "@/lib/scheduling/local-datetime";
import { refineStrandedDecision, strandedDecisionFields } from "./hours-form";

const localDateTime = z.string().regex(LOCAL_DATE_TIME, "Enter a date and time.");

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
    refineStrandedDecision(value, ctx);
  });

export const deleteLeaveSchema = z.object({ leaveId: z.uuid("That link is not valid.") });

export type LeaveFormInput = z.output<typeof leaveFormSchema>;
