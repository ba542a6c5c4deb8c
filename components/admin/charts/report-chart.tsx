import type { ReportLine } from "@/lib/reports/summary";
import { STATUS } from "@/components/appointments/status";
import { ChartFigure, SimpleTable } from "./chart-figure";
import { Bars } from "./bars";

/** Outcomes per doctor for the report's period. */
export function ReportChart({ lines, period }: { lines: ReportLine[]; period: string }) {
  const busiest = lines[0];
  return (
    <ChartFigure
      testId="chart-report"
      title={`Outcomes per doctor, ${period}`}
      summary={
        busiest ? `${busiest.label} had the most bookings (${busiest.booked}).` : "No appointments in this period."
      }
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
          series={[
            { key: "completed", label: "Completed", color: STATUS.COMPLETED.chart },
            { key: "cancelled", label: "Cancelled", color: STATUS.CANCELLED.chart },
            { key: "noShows", label: "No-shows", color: STATUS.NO_SHOW.chart },
          ]}
        />
      }
      table={
        <SimpleTable
          columns={["Doctor", "Completed", "Cancelled", "No-shows"]}
          rows={lines.map((l) => [l.label, l.completed, l.cancelled, l.noShows])}
        />
      }
    />
  );
}
