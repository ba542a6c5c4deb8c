import "server-only";
import { formatMoney } from "@/lib/format/datetime";
import { csvStream, type CsvColumn } from "@/lib/csv/stream";
import { formatRate } from "./kpi";
import type { ReportLine } from "./summary";

type Row = ReportLine & { group: string };

const columns: CsvColumn<Row>[] = [
  { header: "Group", value: (r) => r.group },
  { header: "Name", value: (r) => r.label },
  { header: "Booked", value: (r) => r.booked },
  { header: "Completed", value: (r) => r.completed },
  { header: "Cancelled", value: (r) => r.cancelled },
  { header: "No-shows", value: (r) => r.noShows },
  { header: "No-show rate", value: (r) => formatRate(r.noShowRate) },
  { header: "Fee revenue", value: (r) => formatMoney(r.revenueCents) },
];

/** A report is a few dozen lines: one batch per group through the same CSV writer as the big exports. */
export function reportCsv(report: { byDoctor: ReportLine[]; bySpecialty: ReportLine[] }): ReadableStream<Uint8Array> {
  async function* batches() {
    yield report.byDoctor.map((l) => ({ ...l, group: "Doctor" }));
    yield report.bySpecialty.map((l) => ({ ...l, group: "Specialty" }));
  }
  return csvStream(columns, batches());
}
