// Report lines per group (doctor, specialty) from (group, status, count) rows. Pure.
import { addStatus, noKpis, sumKpis, type Kpis, type StatusTotal } from "./kpi";

/** A group's appointments in one status. */
export type StatusCount = StatusTotal & { key: string; label: string };

export type ReportLine = Kpis & { key: string; label: string };

/** One line per group, busiest first. */
export function summarise(rows: StatusCount[]): ReportLine[] {
  const lines = new Map<string, ReportLine>();
  for (const row of rows) {
    const line = lines.get(row.key) ?? { key: row.key, label: row.label, ...noKpis() };
    lines.set(row.key, { key: line.key, label: line.label, ...addStatus(line, row) });
  }
  return [...lines.values()].sort((a, b) => b.booked - a.booked || a.label.localeCompare(b.label));
}

export function totalOf(lines: ReportLine[]): ReportLine {
  return { key: "total", label: "Total", ...sumKpis(lines) };
}
