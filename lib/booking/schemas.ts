import { z } from "zod";
import { inSupportedYears } from "@/lib/scheduling/supported-years";

const id = z.uuid("That link is not valid.");
/** A slot's start as sent by a form or a link: an ISO instant in the supported years. */
export const slotStartSchema = z.iso.datetime({ offset: true, message: "Choose a time from the list." }).refine(inSupportedYears, "Choose a time from the list.");
const start = slotStartSchema;
export const reasonSchema = z.string().trim().min(3, "Tell the doctor briefly why you are coming (at least 3 characters).").max(500, "Keep it under 500 characters.");

export const bookAppointmentSchema = z.object({ doctorId: id, start, reason: reasonSchema });
export const rescheduleAppointmentSchema = z.object({ appointmentId: id, start });
export const cancelAppointmentSchema = z.object({
  appointmentId: id,
  reason: z.string().trim().min(3, "Please give a short reason (at least 3 characters).").max(500, "Keep it under 500 characters."),
});

export type BookAppointmentInput = z.infer<typeof bookAppointmentSchema>;
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentSchema>;
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentSchema>;

/** Staff decisions that change only the status. A reason is required to decline. */
export const changeStatusSchema = z.discriminatedUnion("action", [
  z.object({ appointmentId: id, action: z.literal("confirm") }),
  z.object({
    appointmentId: id,
    action: z.literal("reject"),
    reason: z.string().trim().min(3, "Tell the patient briefly why (at least 3 characters).").max(500, "Keep it under 500 characters."),
  }),
  z.object({ appointmentId: id, action: z.literal("complete") }),
  z.object({ appointmentId: id, action: z.literal("no_show") }),
]);
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;
