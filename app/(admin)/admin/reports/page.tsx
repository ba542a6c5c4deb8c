import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import type { Formatters } from "@/lib/i18n/formatters";
import { getFormat } from "@/lib/language/server";
import { localDateRange } from "@/lib/scheduling/date-range";
import { hrefWith } from "@/lib/listing/search-params";
import { reportFilterSchema, reportPeriod } from "@/lib/reports/schemas";
import { loadReport } from "@/lib/reports/queries";
import { formatRate } from "@/lib/reports/kpi";
import { totalOf, type ReportLine } from "@/lib/reports/summary";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { FilterField, FilterForm, filterInputClass, DateRangeFields } from "@/components/admin/filter-controls";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { ReportChart } from "@/components/admin/charts/report-chart";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.reports"))("title") };
}

async function ReportTable({
  title,
  group,
  lines,
  format,
}: {
  title: string;
  group: string;
  lines: ReportLine[];
  format: Formatters;
}) {
  const t = await getTranslations("admin.reports");
  const n = format.number;
  const row = (l: ReportLine, strong = false) => (
    <tr key={l.key} className={strong ? "bg-slate-50 font-semibold" : undefined}>
      <th scope="row" className={`${cellClass} text-start ${strong ? "font-semibold" : "font-normal"}`}>
        {strong ? t("total") : l.label}
      </th>
      <td className={cellClass}>{n(l.booked)}</td>
      <td className={cellClass}>{n(l.completed)}</td>
      <td className={cellClass}>{n(l.cancelled)}</td>
      <td className={cellClass}>{n(l.noShows)}</td>
      <td className={cellClass}>{formatRate(l.noShowRate, format.locale)}</td>
      <td className={cellClass}>{format.money(l.revenueCents)}</td>
    </tr>
  );
  return (
    <section className="space-y-2" aria-label={title}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <DataTable
        label={title}
        columns={[group, t("booked"), t("completed"), t("cancelled"), t("noShows"), t("noShowRate"), t("revenue")]}
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
  const [filter, { timeZone }, format, t] = await Promise.all([
    searchParams.then((params) => reportFilterSchema.parse(params)),
    getSchedulingSettings(),
    getFormat(),
    getTranslations("admin.reports"),
  ]);
  const period = reportPeriod(filter, new Date(), timeZone);
  const report = await loadReport(localDateRange(period.from, period.to, timeZone));
  const from = format.localDate(period.from);
  const to = format.localDate(period.to);
  // Mid-month at noon UTC lies in that month in every time zone.
  const label = period.month ? format.month(new Date(`${period.month}-15T12:00:00Z`)) : t("range", { from, to });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-700">{t("intro", { from, to, zone: timeZone })}</p>
        </div>
        <a
          href={hrefWith("/admin/reports/export", filter)}
          download
          className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
        >
          {t("export")}
          <span className="sr-only"> {t("exportWhat")}</span>
        </a>
      </div>
      <FilterForm action="/admin/reports" label={t("period")} clearHref="/admin/reports">
        <FilterField id="month" label={t("month")}>
          <input id="month" name="month" type="month" defaultValue={period.month ?? ""} className={filterInputClass} />
        </FilterField>
        <p className="self-end pb-2 text-sm text-slate-600">{t("orRange")}</p>
        <DateRangeFields from={filter.from} to={filter.to} />
      </FilterForm>
      {report.byDoctor.length ? (
        <>
          <ReportChart lines={report.byDoctor} period={label} format={format} />
          <ReportTable title={t("byDoctor")} group={t("doctor")} lines={report.byDoctor} format={format} />
          <ReportTable title={t("bySpecialty")} group={t("specialty")} lines={report.bySpecialty} format={format} />
        </>
      ) : (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      )}
    </div>
  );
}
