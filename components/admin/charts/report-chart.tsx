import { getTranslations } from "next-intl/server";
import type { Formatters } from "@/lib/i18n/formatters";
import type { ReportLine } from "@/lib/reports/summary";
import { STATUS } from "@/components/appointments/status";
import { ChartFigure, SimpleTable } from "./chart-figure";
import { Bars } from "./bars";

/** Outcomes per doctor for the report's period. */
export async function ReportChart({
  lines,
  period,
  format,
}: {
  lines: ReportLine[];
  period: string;
  format: Formatters;
}) {
  const t = await getTranslations("admin.charts");
  const n = format.number;
  const busiest = lines[0];
  const completed = t("completed");
  const cancelled = t("cancelled");
  const noShows = t("noShows");
  return (
    <ChartFigure
      testId="chart-report"
      title={t("reportTitle", { period })}
      summary={busiest ? t("reportSummary", { name: busiest.label, booked: n(busiest.booked) }) : t("nothing")}
      chart={
        <Bars
          data={lines.map((l) => ({
            name: l.label,
            completed: l.completed,
            cancelled: l.cancelled,
            noShows: l.noShows,
          }))}
          category="name"
          layout="vertical"
          stacked
          locale={format.locale}
          series={[
            { key: "completed", label: completed, color: STATUS.COMPLETED.chart },
            { key: "cancelled", label: cancelled, color: STATUS.CANCELLED.chart },
            { key: "noShows", label: noShows, color: STATUS.NO_SHOW.chart },
          ]}
        />
      }
      table={
        <SimpleTable
          columns={[t("doctor"), completed, cancelled, noShows]}
          rows={lines.map((l) => [l.label, n(l.completed), n(l.cancelled), n(l.noShows)])}
        />
      }
    />
  );
}
