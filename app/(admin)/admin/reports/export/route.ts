import { authenticateAdmin } from "@/lib/admin/route-guard";
import { csvResponse } from "@/lib/admin/csv-stream";
import { localDateRange } from "@/lib/admin/date-range";
import { rejectedFilters } from "@/lib/admin/search-params";
import { reportFilterSchema, reportPeriod } from "@/lib/admin/reports/filters";
import { loadReport } from "@/lib/admin/reports/queries";
import { reportCsv } from "@/lib/admin/reports/export";
import { getSchedulingSettings } from "@/lib/settings/queries";

export async function GET(request: Request) {
  const auth = await authenticateAdmin();
  if ("response" in auth) return auth.response;
  const params = new URL(request.url).searchParams;
  const filter = reportFilterSchema.parse(Object.fromEntries(params));
  const rejected = rejectedFilters(params, filter, Object.keys(reportFilterSchema.shape));
  if (rejected.length) return new Response(`These filters are not valid: ${rejected.join(", ")}.`, { status: 400 });
  const { timeZone } = await getSchedulingSettings();
  const period = reportPeriod(filter, new Date(), timeZone);
  const report = await loadReport(localDateRange(period.from, period.to, timeZone));
  return csvResponse(reportCsv(report), `report-${period.from}-to-${period.to}.csv`);
}
