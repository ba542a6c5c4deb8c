// The appointment forms and filters, shared by the browser and the server. Pure.
import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { blankAsMissing, optionalDate, optionalId, optionalText, pageNumber } from "@/lib/listing/search-params";
import { inSupportedYears } from "@/lib/scheduling/supported-years";

const id = z.uuid(msg("validation.appointments.invalidLink"));
/** A slot's start as sent by a form or a link: an ISO instant in the supported years. */
export const slotStartSchema = z.iso
  .datetime({ offset: true, message: msg("validation.appointments.chooseTime") })
  .refine(inSupportedYears, msg("validation.appointments.chooseTime"));
const start = slotStartSchema;
const reasonSchema = text({ multiline: true })
  .trim()
  .min(3, msg("validation.appointments.reasonShort"))
  .max(500, msg("validation.appointments.tooLong"));
const cancelReason = text({ multiline: true })
  .trim()
  .min(3, msg("validation.appointments.cancelReasonShort"))
  .max(500, msg("validation.appointments.tooLong"));

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
    reason: text({ multiline: true })
      .trim()
      .min(3, msg("validation.appointments.rejectReasonShort"))
      .max(500, msg("validation.appointments.tooLong")),
  }),
  z.object({ appointmentId: id, action: z.literal("complete") }),
  z.object({ appointmentId: id, action: z.literal("no_show") }),
]);
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

// Forms behind the emailed links; the signed token stands in for the signed-in session.
const token = text()
  .min(10, msg("validation.appointments.invalidLink"))
  .max(400, msg("validation.appointments.invalidLink"));
export const cancelByLinkSchema = z.object({ token, reason: cancelReason });
export const rescheduleByLinkSchema = z.object({ token, start });

export const appointmentSorts = { starts_desc: "Newest first", starts_asc: "Oldest first" } as const;

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
