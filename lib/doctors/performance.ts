// A doctor's month in figures. Pure: counts per status and the completed visits' fees come in.
import type { AppointmentStatus } from "@/lib/scheduling/appointment-rules";

export type Performance = { booked: number; completed: number; cancelled: number; noShows: number; noShowRate: number | null; revenueCents: number };

/**
 * Booked counts every appointment held in the month except declined requests (never booked).
 * The no-show rate is of the visits that were due to happen (completed + no-shows); revenue is
 * the fees the completed visits were booked at.
 */
export function summarisePerformance(counts: Partial<Record<AppointmentStatus, number>>, completedFeesCents: number): Performance {
  const n = (status: AppointmentStatus) => counts[status] ?? 0;
  const completed = n("COMPLETED");
  const noShows = n("NO_SHOW");
  const due = completed + noShows;
  return {
    booked: n("PENDING") + n("CONFIRMED") + n("CANCELLED") + completed + noShows,
    completed,
    cancelled: n("CANCELLED"),
    noShows,
    noShowRate: due === 0 ? null : noShows / due,
    revenueCents: completedFeesCents,
  };
}
