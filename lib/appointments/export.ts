import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format/datetime";
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

function columns(timeZone: string): CsvColumn<Row>[] {
  return [
    { header: "Appointment ID", value: (r) => r.id },
    { header: "Starts (UTC)", value: (r) => r.startsAt.toISOString() },
    { header: `Local date (${timeZone})`, value: (r) => localDateOf(r.startsAt, timeZone) },
    { header: "Local time", value: (r) => localTime(r.startsAt, timeZone) },
    { header: "Minutes", value: (r) => Math.round((r.endsAt.getTime() - r.startsAt.getTime()) / 60_000) },
    { header: "Status", value: (r) => r.status },
    { header: "Doctor", value: (r) => r.doctor.user.name },
    { header: "Specialty", value: (r) => r.doctor.specialty.name },
    { header: "Patient", value: (r) => r.patient.user.name },
    { header: "Patient email", value: (r) => r.patient.user.email },
    { header: "Reason", value: (r) => r.reason },
    { header: "Cancellation reason", value: (r) => r.cancellationReason },
    { header: "Fee", value: (r) => formatMoney(r.feeCents) },
  ];
}

/** The filtered appointments as a CSV stream. The export holds patient data, so it is audited. */
export async function exportAppointmentsCsv(
  actor: Actor,
  filter: AppointmentFilter,
  timeZone: string,
): Promise<ReadableStream<Uint8Array>> {
  appointmentPolicy.assertRole(actor, "appointment.manage_all");
  await recordAudit({
    actorId: actor.id,
    action: "appointment.export",
    entityType: "appointment",
    detail: filterParams(filter),
  });
  return csvStream(columns(timeZone), batches(filter, timeZone));
}
