import "server-only";
import { getDb } from "@/lib/db/client";
import type { Interval } from "@/lib/scheduling/zoned-day";
import { summarisePerformance } from "./performance";

/** The doctor's own month: appointments that start in it, counted by status. */
export async function getMonthlyPerformance(doctorId: string, month: Interval) {
  const db = getDb();
  const [groups, doctor] = await Promise.all([
    db.appointment.groupBy({ by: ["status"], where: { doctorId, startsAt: { gte: month.start, lt: month.end } }, _count: { _all: true } }),
    db.doctorProfile.findUniqueOrThrow({ where: { id: doctorId }, select: { feeCents: true } }),
  ]);
  const counts = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  return { ...summarisePerformance(counts, doctor.feeCents), feeCents: doctor.feeCents };
}
