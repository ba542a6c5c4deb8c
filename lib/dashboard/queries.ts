import "server-only";
import { getDb } from "@/lib/db/client";
import { practisingUser } from "@/lib/availability/rota";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { dayBounds, weekBounds } from "@/lib/scheduling/zoned-day";
import { lastLocalDates, localDateRange } from "@/lib/scheduling/date-range";
import { loadReport } from "@/lib/reports/queries";
import { totalOf } from "@/lib/reports/summary";
import { offeredMinutes } from "./offered-time";

const DAYS = 30;
const holding = ["PENDING", "CONFIRMED", "COMPLETED", "NO_SHOW"] as const;

export type DayCounts = { date: string } & Record<AppointmentStatus, number>;
export type DoctorShare = {
  doctorId: string;
  name: string;
  bookedMinutes: number;
  offeredMinutes: number;
  share: number | null;
};

const emptyDay = (date: string): DayCounts => ({
  date,
  PENDING: 0,
  CONFIRMED: 0,
  REJECTED: 0,
  CANCELLED: 0,
  COMPLETED: 0,
  NO_SHOW: 0,
});

/** Appointments per local day and status over the window, every day present (zeros included). */
async function countPerDay(dates: string[], window: { gte: Date; lt: Date }, timeZone: string): Promise<DayCounts[]> {
  const rows = await getDb().$queryRaw<{ day: string; status: AppointmentStatus; n: number }[]>`
    SELECT to_char((starts_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS day, status::text AS status, count(*)::int AS n
      FROM appointments WHERE starts_at >= ${window.gte} AND starts_at < ${window.lt}
     GROUP BY 1, 2`;
  const byDate = new Map(dates.map((d) => [d, emptyDay(d)]));
  for (const row of rows) {
    const day = byDate.get(row.day);
    if (day) day[row.status] = Number(row.n);
  }
  return [...byDate.values()];
}

/** Each active doctor's booked minutes as a share of the minutes they offered in the window. */
async function doctorShares(
  dates: string[],
  window: { gte: Date; lt: Date },
  timeZone: string,
): Promise<DoctorShare[]> {
  const db = getDb();
  const [doctors, holidays, booked] = await Promise.all([
    db.doctorProfile.findMany({
      where: { user: practisingUser },
      orderBy: { user: { name: "asc" } },
      select: {
        id: true,
        user: { select: { name: true } },
        workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
        leaves: {
          where: { startsAt: { lt: window.lt }, endsAt: { gt: window.gte } },
          select: { startsAt: true, endsAt: true },
        },
      },
    }),
    db.holiday.findMany({
      where: { date: { gte: new Date(`${dates[0]}T00:00:00Z`), lte: new Date(`${dates.at(-1)}T00:00:00Z`) } },
      select: { date: true },
    }),
    db.$queryRaw<{ doctor_id: string; minutes: number }[]>`
      SELECT doctor_id, (sum(extract(epoch FROM ends_at - starts_at)) / 60)::int AS minutes
        FROM appointments
       WHERE starts_at >= ${window.gte} AND starts_at < ${window.lt} AND status::text = ANY(${[...holding]})
       GROUP BY doctor_id`,
  ]);
  const closed = new Set(holidays.map((h) => h.date.toISOString().slice(0, 10)));
  const bookedBy = new Map(booked.map((b) => [b.doctor_id, Number(b.minutes)]));
  return doctors.map((d) => {
    const offered = offeredMinutes(d.workingHours, dates, closed, d.leaves, timeZone);
    const bookedMinutes = bookedBy.get(d.id) ?? 0;
    return {
      doctorId: d.id,
      name: d.user.name,
      bookedMinutes,
      offeredMinutes: offered,
      share: offered ? bookedMinutes / offered : null,
    };
  });
}

export async function loadDashboard(now: Date, timeZone: string) {
  const db = getDb();
  const dates = lastLocalDates(now, timeZone, DAYS);
  const window = localDateRange(dates[0], dates.at(-1), timeZone) as { gte: Date; lt: Date };
  const since = new Date(now.getTime() - DAYS * 86_400_000);
  const today = dayBounds(now, timeZone);
  const week = weekBounds(now, timeZone);
  const [todayCount, weekCount, pending, cancellations, newPatients, perDay, report, shares] = await Promise.all([
    db.appointment.count({ where: { startsAt: { gte: today.start, lt: today.end }, status: { in: [...holding] } } }),
    db.appointment.count({ where: { startsAt: { gte: week.start, lt: week.end }, status: { in: [...holding] } } }),
    db.appointment.count({ where: { status: "PENDING", startsAt: { gte: now } } }),
    db.appointment.count({ where: { status: "CANCELLED", cancelledAt: { gte: since } } }),
    db.user.count({ where: { role: "PATIENT", createdAt: { gte: since } } }),
    countPerDay(dates, window, timeZone),
    loadReport(window),
    doctorShares(dates, window, timeZone),
  ]);
  return {
    figures: {
      todayCount,
      weekCount,
      pending,
      cancellations,
      newPatients,
      noShowRate: totalOf(report.byDoctor).noShowRate,
    },
    perDay,
    bySpecialty: report.bySpecialty.map((l) => ({ name: l.label, booked: l.booked, completed: l.completed })),
    shares,
    days: DAYS,
  };
}
