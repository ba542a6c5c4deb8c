import { getTranslations } from "next-intl/server";
import type { DayCounts, DoctorShare } from "@/lib/dashboard/queries";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import type { Formatters } from "@/lib/i18n/formatters";
import { formatRate } from "@/lib/reports/kpi";
import { STATUS } from "@/components/appointments/status";
import { ChartFigure, SimpleTable } from "./chart-figure";
import { Bars, type Series } from "./bars";

const STATUSES = ["COMPLETED", "CONFIRMED", "PENDING", "NO_SHOW", "CANCELLED", "REJECTED"] as const;

/** The statuses as chart series, named in the reader's language. */
async function statusSeries(): Promise<(Series & { key: AppointmentStatus })[]> {
  const status = await getTranslations("status");
  return STATUSES.map((key) => ({ key, label: status(key), color: STATUS[key].chart }));
}

export async function PerDayChart({ days, format }: { days: DayCounts[]; format: Formatters }) {
  const [t, series] = await Promise.all([getTranslations("admin.charts"), statusSeries()]);
  const n = format.number;
  const dayTotal = (d: DayCounts) => series.reduce((sum, s) => sum + d[s.key], 0);
  const total = days.reduce((sum, d) => sum + dayTotal(d), 0);
  const busiest = days.reduce((best, d) => (dayTotal(d) > best.n ? { date: d.date, n: dayTotal(d) } : best), {
    date: "",
    n: 0,
  });
  // The axis and the table read the dates in the reader's language; the drawing keys stay ISO dates.
  const data = days.map((d) => ({ ...d, label: format.localDate(d.date) }));
  return (
    <ChartFigure
      testId="chart-per-day"
      title={t("perDayTitle", { days: n(days.length) })}
      summary={
        busiest.n
          ? t("perDaySummaryBusiest", { total: n(total), date: format.localDate(busiest.date), busiest: n(busiest.n) })
          : t("perDaySummary", { total: n(total) })
      }
      chart={<Bars data={data} category="label" series={series} stacked locale={format.locale} />}
      table={
        <SimpleTable
          columns={[t("date"), ...series.map((s) => s.label)]}
          rows={days.map((d) => [format.localDate(d.date), ...series.map((s) => n(d[s.key]))])}
        />
      }
    />
  );
}

export async function SpecialtyChart({
  rows,
  days,
  format,
}: {
  rows: { name: string; booked: number; completed: number }[];
  days: number;
  format: Formatters;
}) {
  const [t, status] = await Promise.all([getTranslations("admin.charts"), getTranslations("status")]);
  const n = format.number;
  const top = rows[0];
  return (
    <ChartFigure
      testId="chart-specialty"
      title={t("specialtyTitle", { days: n(days) })}
      summary={top ? t("specialtySummary", { name: top.name, booked: n(top.booked) }) : t("nothing")}
      chart={
        <Bars
          data={rows}
          category="name"
          layout="vertical"
          locale={format.locale}
          series={[
            { key: "booked", label: t("booked"), color: "#0f766e" },
            { key: "completed", label: status("COMPLETED"), color: "#0369a1" },
          ]}
        />
      }
      table={
        <SimpleTable
          columns={[t("specialty"), t("booked"), status("COMPLETED")]}
          rows={rows.map((r) => [r.name, n(r.booked), n(r.completed)])}
        />
      }
    />
  );
}

export async function DoctorShareChart({
  shares,
  days,
  format,
}: {
  shares: DoctorShare[];
  days: number;
  format: Formatters;
}) {
  const t = await getTranslations("admin.charts");
  const n = format.number;
  const data = shares.map((s) => ({ name: s.name, percent: s.share === null ? 0 : Math.round(s.share * 100) }));
  return (
    <ChartFigure
      testId="chart-doctor-share"
      title={t("shareTitle", { days: n(days) })}
      summary={t("shareSummary")}
      chart={
        <Bars
          data={data}
          category="name"
          layout="vertical"
          unit="%"
          locale={format.locale}
          series={[{ key: "percent", label: t("bookedShare"), color: "#0f766e" }]}
        />
      }
      table={
        <SimpleTable
          columns={[t("doctor"), t("bookedMinutes"), t("offeredMinutes"), t("share")]}
          rows={shares.map((s) => [
            s.name,
            n(s.bookedMinutes),
            n(s.offeredMinutes),
            formatRate(s.share, format.locale),
          ])}
        />
      }
    />
  );
}
