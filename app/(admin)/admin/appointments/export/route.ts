import { authenticateAdmin } from "@/lib/admin/route-guard";
import { appointmentFilterSchema } from "@/lib/admin/appointments/filters";
import { exportAppointmentsCsv } from "@/lib/admin/appointments/export";
import { csvResponse } from "@/lib/admin/csv-stream";
import { rejectedFilters } from "@/lib/admin/search-params";
import { getSchedulingSettings } from "@/lib/settings/queries";

/** The appointments table's filtered set as CSV, streamed in batches. */
export async function GET(request: Request) {
  const auth = await authenticateAdmin();
  if ("response" in auth) return auth.response;
  const params = new URL(request.url).searchParams;
  const filter = appointmentFilterSchema.parse(Object.fromEntries(params));
  const rejected = rejectedFilters(params, filter, Object.keys(appointmentFilterSchema.shape));
  if (rejected.length) return new Response(`These filters are not valid: ${rejected.join(", ")}.`, { status: 400 });
  const { timeZone } = await getSchedulingSettings();
  const stream = await exportAppointmentsCsv(auth.actor, filter, timeZone);
  return csvResponse(stream, `appointments-${new Date().toISOString().slice(0, 10)}.csv`);
}
