import "server-only";
import { getDb } from "@/lib/db/client";
import type { InstantRange } from "@/lib/scheduling/date-range";
import { summarise, type ReportLine, type StatusCount } from "./summary";
import type { Interval } from "@/lib/scheduling/zoned-day";
import type { Actor } from "@/lib/auth/session";
import { kpisOf, type Kpis } from "./kpi";
import { reportPolicy } from "./policy";

/**
 * Appointments starting in the range, counted per doctor and status in the database, then summed
 * per doctor and per specialty. Revenue sums the fee each visit was booked at, not today's fee.
 */
export async function loadReport(range: InstantRange): Promise<{ byDoctor: ReportLine[]; bySpecialty: ReportLine[] }> {
  const db = getDb();
  const [groups, doctors] = await Promise.all([
    db.appointment.groupBy({
      by: ["doctorId", "status"],
      where: { startsAt: range },
      _count: { _all: true },
      _sum: { feeCents: true },
    }),
    db.doctorProfile.findMany({
      select: { id: true, user: { select: { name: true } }, specialty: { select: { id: true, name: true } } },
    }),
  ]);
  const doctorById = new Map(doctors.map((d) => [d.id, d]));
  const byDoctor: StatusCount[] = [];
  const bySpecialty: StatusCount[] = [];
  for (const group of groups) {
    const doctor = doctorById.get(group.doctorId);
    if (!doctor) continue;
    const base = { status: group.status, count: group._count._all, feeCents: group._sum.feeCents ?? 0 };
    byDoctor.push({ ...base, key: doctor.id, label: doctor.user.name });
    bySpecialty.push({ ...base, key: doctor.specialty.id, label: doctor.specialty.name });
  }
  return { byDoctor: summarise(byDoctor), bySpecialty: summarise(bySpecialty) };
}

/** The doctor's own month: appointments that start in it, counted by status, with their booked fees. */
export async function getMonthlyPerformance(actor: Actor, doctorId: string, month: Interval): Promise<Kpis> {
  reportPolicy.assertCan(actor, "report.own", { doctorId });
  const groups = await getDb().appointment.groupBy({
    by: ["status"],
    where: { doctorId, startsAt: { gte: month.start, lt: month.end } },
    _count: { _all: true },
    _sum: { feeCents: true },
  });
  return kpisOf(groups.map((g) => ({ status: g.status, count: g._count._all, feeCents: g._sum.feeCents ?? 0 })));
}
