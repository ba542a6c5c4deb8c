import { csvResponse } from "@/lib/csv/stream";
import { messagesForRequest } from "@/lib/i18n/request-translator";
import { rejectedFilters } from "@/lib/listing/search-params";
import { reportCsv } from "@/lib/reports/export";
import { reportPolicy } from "@/lib/reports/policy";
import { loadReport } from "@/lib/reports/queries";
import { reportFilterSchema, reportPeriod } from "@/lib/reports/schemas";
import { problem, route } from "@/lib/routes/route";
import { localDateRange } from "@/lib/scheduling/date-range";
import { getSchedulingSettings } from "@/lib/settings/queries";

export const GET = route(
  { access: { policy: reportPolicy, name: "report.clinic" }, query: reportFilterSchema },
  async ({ request, query }) => {
    const rejected = rejectedFilters(new URL(request.url).searchParams, query, Object.keys(reportFilterSchema.shape));
    if (rejected.length) return problem(400, `These filters are not valid: ${rejected.join(", ")}.`);
    const { timeZone } = await getSchedulingSettings();
    const period = reportPeriod(query, new Date(), timeZone);
    const report = await loadReport(localDateRange(period.from, period.to, timeZone));
    return csvResponse(reportCsv(report, await messagesForRequest()), `report-${period.from}-to-${period.to}.csv`);
  },
);
