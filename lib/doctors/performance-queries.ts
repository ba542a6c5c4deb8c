import "server-only";
import { getDb } from "@/lib/db/client";
import type { Interval } from "@/lib/scheduling/zoned-day";
import { summarisePerformance } from "./performance";

/** The doctor's own month: appointments that start in it, counted by status, with their booked fees. */
export async function getMonthlyPerformance(doctorId: string, month: Interval) {
  const groups = await getDb().appointment.groupBy({
    by: ["status"],
    where: { doctorId, startsAt: { gte: month.start, lt: month.end } },
    _count: { _all: true },
    _sum: { feeCents: true },
  });
  const counts = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  const completedFees = groups.find((g) => g.status === "COMPLETED")?._sum.feeCents ?? 0;
  return summarisePerformance(counts, completedFees);
}
