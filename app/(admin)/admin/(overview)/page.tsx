import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/dashboard/queries";
import { formatRate } from "@/lib/reports/kpi";
import { getClinicSettings } from "@/lib/settings/queries";
import { StatCard } from "@/components/ui/stat-card";
import { DoctorShareChart, PerDayChart, SpecialtyChart } from "@/components/admin/charts/dashboard-charts";

export const metadata: Metadata = { title: "Clinic dashboard" };

export default async function AdminHome() {
  await requireRole("ADMIN");
  const clinic = await getClinicSettings();
  const dashboard = await loadDashboard(new Date(), clinic.timeZone);
  const { figures, days } = dashboard;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Clinic dashboard</h1>
        <p className="text-slate-600">
          {clinic.name} · {clinic.timeZone}
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <StatCard label="Appointments today" value={figures.todayCount} testId="figure-today" />
        <StatCard label="This week" value={figures.weekCount} testId="figure-week" />
        <StatCard label="Awaiting confirmation" value={figures.pending} testId="figure-pending" />
        <StatCard
          label={`No-show rate (${days} days)`}
          value={formatRate(figures.noShowRate)}
          testId="figure-no-show-rate"
        />
        <StatCard label={`Cancellations (${days} days)`} value={figures.cancellations} testId="figure-cancellations" />
        <StatCard label={`New patients (${days} days)`} value={figures.newPatients} testId="figure-new-patients" />
      </div>
      <PerDayChart days={dashboard.perDay} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <SpecialtyChart rows={dashboard.bySpecialty} days={days} />
        <DoctorShareChart shares={dashboard.shares} days={days} />
      </div>
    </div>
  );
}
