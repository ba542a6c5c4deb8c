import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { localDateRange } from "@/lib/scheduling/date-range";
import { hrefWith } from "@/lib/listing/search-params";
import { reportFilterSchema, reportPeriod } from "@/lib/reports/schemas";
import { loadReport } from "@/lib/reports/queries";
import { formatRate } from "@/lib/reports/kpi";
import { totalOf, type ReportLine } from "@/lib/reports/summary";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatMoney } from "@/lib/format/datetime";
import { FilterField, FilterForm, filterInputClass, DateRangeFields } from "@/components/admin/filter-controls";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { ReportChart } from "@/components/admin/charts/report-chart";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Reports" };

function ReportTable({ title, lines }: { title: string; lines: ReportLine[] }) {
  const row = (l: ReportLine, strong = false) => (
    <tr key={l.key} className={strong ? "bg-slate-50 font-semibold" : undefined}>
      <th scope="row" className={`${cellClass} text-start ${strong ? "font-semibold" : "font-normal"}`}>
        {l.label}
      </th>
      <td className={cellClass}>{l.booked}</td>
      <td className={cellClass}>{l.completed}</td>
      <td className={cellClass}>{l.cancelled}</td>
      <td className={cellClass}>{l.noShows}</td>
      <td className={cellClass}>{formatRate(l.noShowRate)}</td>
      <td className={cellClass}>{formatMoney(l.revenueCents)}</td>
    </tr>
  );
  return (
    <section className="space-y-2" aria-label={title}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <DataTable
        label={title}
        columns={[
          title.replace("By ", "").replace(/^./, (c) => c.toUpperCase()),
          "Booked",
          "Completed",
          "Cancelled",
          "No-shows",
          "No-show rate",
          "Fee revenue",
        ]}
      >
        {lines.map((l) => row(l))}
        {row(totalOf(lines), true)}
      </DataTable>
    </section>
  );
}

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN");
  const filter = reportFilterSchema.parse(await searchParams);
  const { timeZone } = await getSchedulingSettings();
  const period = reportPeriod(filter, new Date(), timeZone);
  const report = await loadReport(localDateRange(period.from, period.to, timeZone));
  const label = period.month ?? `${period.from} to ${period.to}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Reports</h1>
          <p className="text-slate-700">
            Appointments starting {period.from} to {period.to} ({timeZone}). Revenue adds up completed visits at the fee
            each was booked at.
          </p>
        </div>
        <a
          href={hrefWith("/admin/reports/export", filter)}
          download
          className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
        >
          Export CSV<span className="sr-only"> of this report</span>
        </a>
      </div>
      <FilterForm action="/admin/reports" label="Report period" clearHref="/admin/reports">
        <FilterField id="month" label="Month">
          <input id="month" name="month" type="month" defaultValue={period.month ?? ""} className={filterInputClass} />
        </FilterField>
        <p className="self-end pb-2 text-sm text-slate-600">or a date range (overrides the month):</p>
        <DateRangeFields from={filter.from} to={filter.to} />
      </FilterForm>
      {report.byDoctor.length ? (
        <>
          <ReportChart lines={report.byDoctor} period={label} />
          <ReportTable title="By doctor" lines={report.byDoctor} />
          <ReportTable title="By specialty" lines={report.bySpecialty} />
        </>
      ) : (
        <EmptyState title="No appointments in this period">Choose another month or date range.</EmptyState>
      )}
    </div>
  );
}
