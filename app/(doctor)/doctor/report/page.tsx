import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMonthlyPerformance } from "@/lib/reports/queries";
import { formatRate } from "@/lib/reports/kpi";
import { formatMoney } from "@/lib/format/datetime";
import { monthRange, parseMonth } from "@/lib/scheduling/agenda-range";
import { localDateOf } from "@/lib/scheduling/zoned-day";
import { getClinicSettings } from "@/lib/settings/queries";
import { StatCard } from "@/components/ui/stat-card";

export const metadata: Metadata = { title: "Monthly report" };

const monthName = (interval: { start: Date }, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, month: "long", year: "numeric" }).format(interval.start);

export default async function ReportPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const actor = await requireRole("DOCTOR");
  if (!actor.doctorId) notFound();
  const [{ month }, clinic] = await Promise.all([searchParams, getClinicSettings()]);
  const tz = clinic.timeZone;
  const range = monthRange(parseMonth(month, localDateOf(new Date(), tz).slice(0, 7)), tz);
  const figures = await getMonthlyPerformance(actor, actor.doctorId, range.interval);
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="report-title">
            {monthName(range.interval, tz)}
          </h1>
          <p className="text-sm text-slate-600">Your appointments that start in this month.</p>
        </div>
        <nav aria-label="Months" className="flex gap-2">
          <Link href={`/doctor/report?month=${range.previous}`} className={link}>
            ← Previous month
          </Link>
          <Link href={`/doctor/report?month=${range.next}`} className={link}>
            Next month →
          </Link>
        </nav>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <StatCard label="Booked" value={figures.booked} testId="report-booked" />
        <StatCard label="Completed" value={figures.completed} testId="report-completed" />
        <StatCard label="Cancelled" value={figures.cancelled} testId="report-cancelled" />
        <StatCard label="No-shows" value={figures.noShows} testId="report-no-shows" />
        <StatCard label="No-show rate" value={formatRate(figures.noShowRate)} testId="report-no-show-rate" />
        <StatCard label="Fee revenue" value={formatMoney(figures.revenueCents)} testId="report-revenue" />
      </div>
      <p className="text-sm text-slate-600">
        Booked excludes declined requests. The no-show rate is no-shows out of visits that were due (completed plus
        no-shows). Revenue adds up completed visits at the fee each was booked at.
      </p>
    </div>
  );
}
