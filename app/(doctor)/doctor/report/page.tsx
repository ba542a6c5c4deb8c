import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { getMonthlyPerformance } from "@/lib/reports/queries";
import { formatRate } from "@/lib/reports/kpi";
import { monthRange, parseMonth } from "@/lib/scheduling/agenda-range";
import { localDateOf } from "@/lib/scheduling/zoned-day";
import { getClinicSettings } from "@/lib/settings/queries";
import { StatCard } from "@/components/ui/stat-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("doctor.report"))("title") };
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const actor = await requireRole("DOCTOR");
  if (!actor.doctorId) notFound();
  const [{ month }, clinic, format, t] = await Promise.all([
    searchParams,
    getClinicSettings(),
    getFormat(),
    getTranslations("doctor.report"),
  ]);
  const tz = clinic.timeZone;
  const range = monthRange(parseMonth(month, localDateOf(new Date(), tz).slice(0, 7)), tz);
  const figures = await getMonthlyPerformance(actor, actor.doctorId, range.interval);
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="report-title">
            {format.month(range.interval.start)}
          </h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <nav aria-label={t("months")} className="flex gap-2">
          <Link href={`/doctor/report?month=${range.previous}`} className={link}>
            {t("previous")}
          </Link>
          <Link href={`/doctor/report?month=${range.next}`} className={link}>
            {t("next")}
          </Link>
        </nav>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <StatCard label={t("booked")} value={format.number(figures.booked)} testId="report-booked" />
        <StatCard label={t("completed")} value={format.number(figures.completed)} testId="report-completed" />
        <StatCard label={t("cancelled")} value={format.number(figures.cancelled)} testId="report-cancelled" />
        <StatCard label={t("noShows")} value={format.number(figures.noShows)} testId="report-no-shows" />
        <StatCard
          label={t("noShowRate")}
          value={formatRate(figures.noShowRate, format.locale)}
          testId="report-no-show-rate"
        />
        <StatCard label={t("revenue")} value={format.money(figures.revenueCents)} testId="report-revenue" />
      </div>
      <p className="text-sm text-slate-600">{t("explain")}</p>
    </div>
  );
}
