import { z } from "zod";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { blankAsMissing, optionalDate, optionalId, optionalText, pageNumber } from "../search-params";

export const appointmentSorts = { starts_desc: "Newest first", starts_asc: "Oldest first" } as const;

/** The appointments table's filters, from the URL; the CSV export reads the same ones. */
export const appointmentFilterSchema = z.object({
  from: optionalDate,
  to: optionalDate,
  doctorId: optionalId,
  specialtyId: optionalId,
  status: z.preprocess(blankAsMissing, z.enum(AppointmentStatus).optional()).catch(undefined),
  patient: optionalText(80),
  sort: z.enum(Object.keys(appointmentSorts) as [keyof typeof appointmentSorts]).default("starts_desc").catch("starts_desc"),
  page: pageNumber,
});
export type AppointmentFilter = z.infer<typeof appointmentFilterSchema>;

/** The filter values as URL parameters (without the page), for links and the export. */
export function filterParams(filter: AppointmentFilter): Omit<AppointmentFilter, "page"> & { page?: never } {
  const params: Partial<AppointmentFilter> = { ...filter };
  delete params.page;
  return params as Omit<AppointmentFilter, "page">;
}
