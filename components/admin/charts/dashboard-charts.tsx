import type { DayCounts, DoctorShare } from "@/lib/dashboard/queries";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { formatRate } from "@/lib/reports/kpi";
import { STATUS } from "@/components/appointments/status";
import { ChartFigure, SimpleTable } from "./chart-figure";
import { Bars, type Series } from "./bars";

const statusSeries: (Series & { key: AppointmentStatus })[] = (
  ["COMPLETED", "CONFIRMED", "PENDING", "NO_SHOW", "CANCELLED", "REJECTED"] as const
).map((key) => ({ key, label: STATUS[key].label, color: STATUS[key].chart }));

export function PerDayChart({ days }: { days: DayCounts[] }) {
  const dayTotal = (d: DayCounts) => statusSeries.reduce((sum, s) => sum + d[s.key], 0);
  const total = days.reduce((sum, d) => sum + dayTotal(d), 0);
  const busiest = days.reduce((best, d) => (dayTotal(d) > best.n ? { date: d.date, n: dayTotal(d) } : best), {
    date: "",
    n: 0,
  });
  return (
    <ChartFigure
      testId="chart-per-day"
      title={`Appointments per day, last ${days.length} days, by status`}
      summary={`${total} appointments${busiest.n ? `; busiest day ${busiest.date} with ${busiest.n}` : ""}.`}
      chart={<Bars data={days} category="date" series={statusSeries} stacked />}
      table={
        <SimpleTable
          columns={["Date", ...statusSeries.map((s) => s.label)]}
          rows={days.map((d) => [d.date, ...statusSeries.map((s) => d[s.key])])}
        />
      }
    />
  );
}

export function SpecialtyChart({
  rows,
  days,
}: {
  rows: { name: string; booked: number; completed: number }[];
  days: number;
}) {
  const top = rows[0];
  return (
    <ChartFigure
      testId="chart-specialty"
      title={`Appointments by specialty, last ${days} days`}
      summary={top ? `${top.name} is busiest with ${top.booked} booked.` : "No appointments in this period."}
      chart={
        <Bars
          data={rows}
          category="name"
          layout="vertical"
          series={[
            { key: "booked", label: "Booked", color: "#0f766e" },
            { key: "completed", label: "Completed", color: "#0369a1" },
          ]}
        />
      }
      table={
        <SimpleTable
          columns={["Specialty", "Booked", "Completed"]}
          rows={rows.map((r) => [r.name, r.booked, r.completed])}
        />
      }
    />
  );
}

export function DoctorShareChart({ shares, days }: { shares: DoctorShare[]; days: number }) {
  const data = shares.map((s) => ({ name: s.name, percent: s.share === null ? 0 : Math.round(s.share * 100) }));
  return (
    <ChartFigure
      testId="chart-doctor-share"
      title={`Booked share of offered time per doctor, last ${days} days`}
      summary="Minutes in booked appointments divided by the minutes of weekly hours offered, less leave and holidays."
      chart={
        <Bars
          data={data}
          category="name"
          layout="vertical"
          unit="%"
          series={[{ key: "percent", label: "Booked share", color: "#0f766e" }]}
        />
      }
      table={
        <SimpleTable
          columns={["Doctor", "Booked minutes", "Offered minutes", "Share"]}
          rows={shares.map((s) => [s.name, s.bookedMinutes, s.offeredMinutes, formatRate(s.share)])}
        />
      }
    />
  );
}
