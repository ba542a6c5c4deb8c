// Forms behind the emailed links; the token stands in for the signed-in session.
import { z } from "zod";
import { cancelAppointmentSchema, rescheduleAppointmentSchema } from "@/lib/booking/schemas";

const token = z.string().min(10, "That link is not valid.").max(400, "That link is not valid.");

export const cancelByLinkSchema = z.object({ token, reason: cancelAppointmentSchema.shape.reason });
export const rescheduleByLinkSchema = z.object({ token, start: rescheduleAppointmentSchema.shape.start });
