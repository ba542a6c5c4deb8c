// Report arithmetic over (group, status, count) rows. Pure: the queries only count.
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

/** A group's appointments in one status, with the sum of the fees they were booked at. */
export type StatusCount = { key: string; label: string; status: AppointmentStatus; count: number; feeCents: number };

export type ReportLine = {
  key: string;
  label: string;
  booked: number;
  completed: number;
  cancelled: number;
  noShows: number;
  /** No-shows among the visits that were due: no-shows / (completed + no-shows); null when none were due. */
  noShowRate: number | null;
  revenueCents: number;
};

const blank = (key: string, label: string): ReportLine => ({ key, label, booked: 0, completed: 0, cancelled: 0, noShows: 0, noShowRate: null, revenueCents: 0 });

/**
 * Booked counts every appointment that held a time (all but declined requests). Revenue is the sum
 * of the fees completed visits were booked at.
 */
export function summarise(rows: StatusCount[]): ReportLine[] {
  const lines = new Map<string, ReportLine>();
  for (const row of rows) {
    const line = lines.get(row.key) ?? blank(row.key, row.label);
    if (row.status !== "REJECTED") line.booked += row.count;
    if (row.status === "COMPLETED") {
      line.completed += row.count;
      line.revenueCents += row.feeCents;
    }
    if (row.status === "CANCELLED") line.cancelled += row.count;
    if (row.status === "NO_SHOW") line.noShows += row.count;
    lines.set(row.key, line);
  }
  return [...lines.values()]
    .map((line) => ({ ...line, noShowRate: line.completed + line.noShows ? line.noShows / (line.completed + line.noShows) : null }))
    .sort((a, b) => b.booked - a.booked || a.label.localeCompare(b.label));
}

export function totalOf(lines: ReportLine[]): ReportLine {
  const total = lines.reduce(
    (sum, l) => ({ ...sum, booked: sum.booked + l.booked, completed: sum.completed + l.completed, cancelled: sum.cancelled + l.cancelled, noShows: sum.noShows + l.noShows, revenueCents: sum.revenueCents + l.revenueCents }),
    blank("total", "Total"),
  );
  return { ...total, noShowRate: total.completed + total.noShows ? total.noShows / (total.completed + total.noShows) : null };
}

export const formatRate = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);
