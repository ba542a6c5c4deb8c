import { appointmentPolicy } from "@/lib/appointments/policy";
import { appointmentFilterSchema } from "@/lib/appointments/schemas";
import { exportAppointmentsCsv } from "@/lib/appointments/export";
import { csvResponse } from "@/lib/csv/stream";
import { messagesForRequest } from "@/lib/i18n/request-translator";
import { rejectedFilters } from "@/lib/listing/search-params";
import { problem, route } from "@/lib/routes/route";
import { getSchedulingSettings } from "@/lib/settings/queries";

/** The appointments table's filtered set as CSV, streamed in batches. */
export const GET = route(
  { access: { policy: appointmentPolicy, name: "appointment.manage_all" }, query: appointmentFilterSchema },
  async ({ request, actor, query }) => {
    const rejected = rejectedFilters(
      new URL(request.url).searchParams,
      query,
      Object.keys(appointmentFilterSchema.shape),
    );
    if (rejected.length) return problem(400, `These filters are not valid: ${rejected.join(", ")}.`);
    const { timeZone } = await getSchedulingSettings();
    const stream = await exportAppointmentsCsv(actor, query, timeZone, await messagesForRequest());
    return csvResponse(stream, `appointments-${new Date().toISOString().slice(0, 10)}.csv`);
  },
);
