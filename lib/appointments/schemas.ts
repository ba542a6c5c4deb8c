// The appointment forms and filters, shared by the browser and the server. Pure.
import { z } from "@/lib/i18n/zod";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { blankAsMissing, optionalDate, optionalId, optionalText, pageNumber } from "@/lib/listing/search-params";
import { inSupportedYears } from "@/lib/scheduling/supported-years";

const id = z.uuid("That link is not valid.");
/** A slot's start as sent by a form or a link: an ISO instant in the supported years. */
export const slotStartSchema = z.iso
  .datetime({ offset: true, message: "Choose a time from the list." })
  .refine(inSupportedYears, "Choose a time from the list.");
const start = slotStartSchema;
const reasonSchema = z
  .string()
  .trim()
  .min(3, "Tell the doctor briefly why you are coming (at least 3 characters).")
  .max(500, "Keep it under 500 characters.");
const cancelReason = z
  .string()
  .trim()
  .min(3, "Please give a short reason (at least 3 characters).")
  .max(500, "Keep it under 500 characters.");

export const bookAppointmentSchema = z.object({ doctorId: id, start, reason: reasonSchema });
export const rescheduleAppointmentSchema = z.object({ appointmentId: id, start });
export const cancelAppointmentSchema = z.object({ appointmentId: id, reason: cancelReason });

export type BookAppointmentInput = z.infer<typeof bookAppointmentSchema>;
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentSchema>;
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentSchema>;

/** Staff decisions that change only the status. A reason is required to decline. */
export const changeStatusSchema = z.discriminatedUnion("action", [
  z.object({ appointmentId: id, action: z.literal("confirm") }),
  z.object({
    appointmentId: id,
    action: z.literal("reject"),
    reason: z
      .string()
      .trim()
      .min(3, "Tell the patient briefly why (at least 3 characters).")
      .max(500, "Keep it under 500 characters."),
  }),
  z.object({ appointmentId: id, action: z.literal("complete") }),
  z.object({ appointmentId: id, action: z.literal("no_show") }),
]);
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

// Forms behind the emailed links; the signed token stands in for the signed-in session.
const token = z.string().min(10, "That link is not valid.").max(400, "That link is not valid.");
export const cancelByLinkSchema = z.object({ token, reason: cancelReason });
export const rescheduleByLinkSchema = z.object({ token, start });

/** The admin table's orders, each with its label's key in `admin.appointments`. */
export const appointmentSorts = { starts_desc: "newestFirst", starts_asc: "oldestFirst" } as const;

/** The clinic-wide appointments table's filters, from the URL; the CSV export reads the same ones. */
export const appointmentFilterSchema = z.object({
  from: optionalDate,
  to: optionalDate,
  doctorId: optionalId,
  specialtyId: optionalId,
  status: z.preprocess(blankAsMissing, z.enum(AppointmentStatus).optional()).catch(undefined),
  patient: optionalText(80),
  sort: z
    .enum(Object.keys(appointmentSorts) as [keyof typeof appointmentSorts])
    .default("starts_desc")
    .catch("starts_desc"),
  page: pageNumber,
});
export type AppointmentFilter = z.infer<typeof appointmentFilterSchema>;

/** The filter values as URL parameters (without the page), for links and the export. */
export function filterParams(filter: AppointmentFilter): Omit<AppointmentFilter, "page"> {
  const params: Partial<AppointmentFilter> = { ...filter };
  delete params.page;
  return params as Omit<AppointmentFilter, "page">;
}
