// The clinic's figures, computed one way for every report (doctor's month, admin reports, dashboard).
// Pure: the queries only count appointments per status with the fees they were booked at.
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { formatPercent } from "@/lib/format/datetime";

/** Appointments in one status, with the sum of the fees they were booked at. */
export type StatusTotal = { status: AppointmentStatus; count: number; feeCents: number };

export type Kpis = {
  /** Every appointment that held a time: all but declined requests (never booked). */
  booked: number;
  completed: number;
  cancelled: number;
  noShows: number;
  /** No-shows among the visits that were due: no-shows / (completed + no-shows); null when none were due. */
  noShowRate: number | null;
  /** The fees the completed visits were booked at (a later fee change does not rewrite it). */
  revenueCents: number;
};

export const noKpis = (): Kpis => ({
  booked: 0,
  completed: 0,
  cancelled: 0,
  noShows: 0,
  noShowRate: null,
  revenueCents: 0,
});

const rateOf = (k: Omit<Kpis, "noShowRate">) =>
  k.completed + k.noShows ? k.noShows / (k.completed + k.noShows) : null;

/** Adds one status's count to running figures (the rate is recomputed from the sums). */
export function addStatus(kpis: Kpis, row: StatusTotal): Kpis {
  const next = {
    booked: kpis.booked + (row.status === "REJECTED" ? 0 : row.count),
    completed: kpis.completed + (row.status === "COMPLETED" ? row.count : 0),
    cancelled: kpis.cancelled + (row.status === "CANCELLED" ? row.count : 0),
    noShows: kpis.noShows + (row.status === "NO_SHOW" ? row.count : 0),
    revenueCents: kpis.revenueCents + (row.status === "COMPLETED" ? row.feeCents : 0),
  };
  return { ...next, noShowRate: rateOf(next) };
}

export const kpisOf = (rows: StatusTotal[]): Kpis => rows.reduce(addStatus, noKpis());

/** The sum of several groups' figures, with the rate recomputed from the sums (never averaged). */
export function sumKpis(groups: Kpis[]): Kpis {
  const sum = groups.reduce(
    (t, k) => ({
      booked: t.booked + k.booked,
      completed: t.completed + k.completed,
      cancelled: t.cancelled + k.cancelled,
      noShows: t.noShows + k.noShows,
      revenueCents: t.revenueCents + k.revenueCents,
    }),
    { booked: 0, completed: 0, cancelled: 0, noShows: 0, revenueCents: 0 },
  );
  return { ...sum, noShowRate: rateOf(sum) };
}

/**
 * One rounding rule for every rate shown: a percentage with at most one decimal (12.5 %, 33.3 %),
 * in the locale's digits and percent sign (an Intl tag such as "bn-BD").
 */
export const formatRate = (rate: number | null, locale?: string) =>
  rate === null ? "—" : formatPercent(Math.round(rate * 1000) / 1000, locale);
