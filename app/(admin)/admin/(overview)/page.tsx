import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/dashboard/queries";
import { getFormat } from "@/lib/language/server";
import { formatRate } from "@/lib/reports/kpi";
import { getClinicSettings } from "@/lib/settings/queries";
import { StatCard } from "@/components/ui/stat-card";
import { DoctorShareChart, PerDayChart, SpecialtyChart } from "@/components/admin/charts/dashboard-charts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.dashboard"))("title") };
}

export default async function AdminHome() {
  await requireRole("ADMIN");
  const [clinic, format, t] = await Promise.all([getClinicSettings(), getFormat(), getTranslations("admin.dashboard")]);
  const dashboard = await loadDashboard(new Date(), clinic.timeZone);
  const { figures, days } = dashboard;
  const n = format.number;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">
          {clinic.name} · {clinic.timeZone}
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <StatCard label={t("today")} value={n(figures.todayCount)} testId="figure-today" />
        <StatCard label={t("thisWeek")} value={n(figures.weekCount)} testId="figure-week" />
        <StatCard label={t("pending")} value={n(figures.pending)} testId="figure-pending" />
        <StatCard
          label={t("noShowRate", { days: n(days) })}
          value={formatRate(figures.noShowRate, format.locale)}
          testId="figure-no-show-rate"
        />
        <StatCard
          label={t("cancellations", { days: n(days) })}
          value={n(figures.cancellations)}
          testId="figure-cancellations"
        />
        <StatCard
          label={t("newPatients", { days: n(days) })}
          value={n(figures.newPatients)}
          testId="figure-new-patients"
        />
      </div>
      <PerDayChart days={dashboard.perDay} format={format} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <SpecialtyChart rows={dashboard.bySpecialty} days={days} format={format} />
        <DoctorShareChart shares={dashboard.shares} days={days} format={format} />
      </div>
    </div>
  );
}
