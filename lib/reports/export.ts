import "server-only";
import { formatMoney } from "@/lib/format/datetime";
import { csvStream, type CsvColumn } from "@/lib/csv/stream";
import { inEnglish } from "@/lib/i18n/english";
import type { ShowMessage } from "@/lib/i18n/request-translator";
import { formatRate } from "./kpi";
import type { ReportLine } from "./summary";

type Row = ReportLine & { group: string };

// Headers and the group's name are in the reader's language; figures stay as spreadsheets read them.
const columns = (show: ShowMessage): CsvColumn<Row>[] => [
  { header: show("csv.report.group"), value: (r) => r.group },
  { header: show("csv.report.name"), value: (r) => r.label },
  { header: show("csv.report.booked"), value: (r) => r.booked },
  { header: show("csv.report.completed"), value: (r) => r.completed },
  { header: show("csv.report.cancelled"), value: (r) => r.cancelled },
  { header: show("csv.report.noShows"), value: (r) => r.noShows },
  { header: show("csv.report.noShowRate"), value: (r) => formatRate(r.noShowRate) },
  { header: show("csv.report.revenue"), value: (r) => formatMoney(r.revenueCents) },
];

/** A report is a few dozen lines: one batch per group through the same CSV writer as the big exports. */
export function reportCsv(
  report: { byDoctor: ReportLine[]; bySpecialty: ReportLine[] },
  show: ShowMessage = inEnglish,
): ReadableStream<Uint8Array> {
  async function* batches() {
    yield report.byDoctor.map((l) => ({ ...l, group: show("csv.report.doctorGroup") }));
    yield report.bySpecialty.map((l) => ({ ...l, group: show("csv.report.specialtyGroup") }));
  }
  return csvStream(columns(show), batches());
}
