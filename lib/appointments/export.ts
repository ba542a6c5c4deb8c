import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format/datetime";
import { inEnglish } from "@/lib/i18n/english";
import { msg } from "@/lib/i18n/message";
import type { ShowMessage } from "@/lib/i18n/request-translator";
import { localDateOf } from "@/lib/scheduling/zoned-day";
import { csvStream, type CsvColumn } from "@/lib/csv/stream";
import { appointmentPolicy } from "./policy";
import { filterParams, type AppointmentFilter } from "./schemas";
import { appointmentOrder, appointmentRowSelect, appointmentWhere } from "./queries";

const BATCH = 500;

type Row = Awaited<ReturnType<typeof fetchBatch>>[number];

function fetchBatch(filter: AppointmentFilter, timeZone: string, after: { startsAt: Date; id: string } | null) {
  const asc = filter.sort === "starts_asc";
  const cmp = asc ? "gt" : "lt";
  // Keyset pagination on (starts_at, id): each batch starts after the last row of the one before.
  const keyset = after
    ? { OR: [{ startsAt: { [cmp]: after.startsAt } }, { startsAt: after.startsAt, id: { [cmp]: after.id } }] }
    : {};
  return getDb().appointment.findMany({
    where: { AND: [appointmentWhere(filter, timeZone), keyset] },
    orderBy: appointmentOrder(filter.sort),
    take: BATCH,
    select: appointmentRowSelect,
  });
}

async function* batches(filter: AppointmentFilter, timeZone: string): AsyncGenerator<Row[]> {
  let after: { startsAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await fetchBatch(filter, timeZone, after);
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = { startsAt: last.startsAt, id: last.id };
  }
}

const localTime = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(d);

// Headers are in the reader's language; values stay as spreadsheets read them (ISO dates, Latin digits,
// status codes), so a file sorts and sums the same whoever exported it.
function columns(timeZone: string, show: ShowMessage): CsvColumn<Row>[] {
  const header = (key: string, values?: Record<string, string>) => show(msg(`csv.appointments.${key}`, values));
  return [
    { header: header("id"), value: (r) => r.id },
    { header: header("startsUtc"), value: (r) => r.startsAt.toISOString() },
    { header: header("localDate", { zone: timeZone }), value: (r) => localDateOf(r.startsAt, timeZone) },
    { header: header("localTime"), value: (r) => localTime(r.startsAt, timeZone) },
    { header: header("minutes"), value: (r) => Math.round((r.endsAt.getTime() - r.startsAt.getTime()) / 60_000) },
    { header: header("status"), value: (r) => r.status },
    { header: header("doctor"), value: (r) => r.doctor.user.name },
    { header: header("specialty"), value: (r) => r.doctor.specialty.name },
    { header: header("patient"), value: (r) => r.patient.user.name },
    { header: header("patientEmail"), value: (r) => r.patient.user.email },
    { header: header("reason"), value: (r) => r.reason },
    { header: header("cancellationReason"), value: (r) => r.cancellationReason },
    { header: header("fee"), value: (r) => formatMoney(r.feeCents) },
  ];
}

/** The filtered appointments as a CSV stream. The export holds patient data, so it is audited. */
export async function exportAppointmentsCsv(
  actor: Actor,
  filter: AppointmentFilter,
  timeZone: string,
  show: ShowMessage = inEnglish,
): Promise<ReadableStream<Uint8Array>> {
  appointmentPolicy.assertRole(actor, "appointment.manage_all");
  await recordAudit({
    actorId: actor.id,
    action: "appointment.export",
    entityType: "appointment",
    detail: filterParams(filter),
  });
  return csvStream(columns(timeZone, show), batches(filter, timeZone));
}
