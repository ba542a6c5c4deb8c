import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getAppointmentForAdmin } from "@/lib/admin/appointments/queries";
import { decideFor } from "@/lib/booking/decide";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime, formatMoney } from "@/lib/format/datetime";
import { StatusBadge } from "@/components/ui/status-badge";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { Notice } from "@/components/admin/notice";
import { changeAppointmentStatusAction } from "../actions";
import { AdminCancelForm, AdminRejectForm } from "./reason-forms";

export const metadata: Metadata = { title: "Appointment" };

const doneText: Record<string, string> = {
  confirm: "Confirmed. The patient has been emailed.",
  reject: "Declined. The patient has been emailed.",
  cancel: "Cancelled. The patient and the doctor have been emailed.",
  reschedule: "Moved. The patient and the doctor have been emailed.",
  complete: "Marked as completed.",
  no_show: "Marked as a no-show.",
};

export default async function AdminAppointmentPage({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requireRole("ADMIN");
  const [{ appointmentId }, { done }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getAppointmentForAdmin(appointmentId);
  if (!appointment) notFound();
  await recordAudit({ actorId: actor.id, action: "appointment.read", entityType: "appointment", entityId: appointment.id });
  const settings = await getSchedulingSettings();
  const can = (action: Parameters<typeof decideFor>[1]) => decideFor("ADMIN", action, appointment, settings).allowed;
  const tz = settings.timeZone;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/admin/appointments" className="text-sm text-teal-800 underline">← Appointments</Link>
      {done && doneText[done] ? <Notice>{doneText[done]}</Notice> : null}
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{formatDateTime(appointment.startsAt, tz)}</h1>
        <StatusBadge status={appointment.status} />
      </div>
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">Patient</dt>
          <dd className="font-medium"><Link href={`/admin/patients/${appointment.patient.id}`} className="text-teal-800 underline">{appointment.patient.user.name}</Link></dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Doctor</dt>
          <dd className="font-medium">{appointment.doctor.user.name} · {appointment.doctor.specialty.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Ends</dt>
          <dd className="font-medium">{formatDateTime(appointment.endsAt, tz)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Fee</dt>
          <dd className="font-medium">{formatMoney(appointment.feeCents)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm text-slate-600">Reason</dt>
          <dd>{appointment.reason}</dd>
        </div>
        {appointment.cancellationReason ? (
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-600">Reason given for cancelling or declining</dt>
            <dd>{appointment.cancellationReason}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="actions-heading" className="space-y-4">
        <h2 id="actions-heading" className="text-lg font-semibold">Actions</h2>
        <div className="flex flex-wrap gap-3">
          {can("confirm") ? <InlineActionForm action={changeAppointmentStatusAction} fields={{ appointmentId: appointment.id, action: "confirm" }} label="Confirm" pendingLabel="Confirming…" tone="primary" /> : null}
          {can("complete") ? <InlineActionForm action={changeAppointmentStatusAction} fields={{ appointmentId: appointment.id, action: "complete" }} label="Mark completed" pendingLabel="Saving…" /> : null}
          {can("no_show") ? <InlineActionForm action={changeAppointmentStatusAction} fields={{ appointmentId: appointment.id, action: "no_show" }} label="Mark no-show" pendingLabel="Saving…" /> : null}
          {can("reschedule") ? (
            <Link href={`/admin/appointments/${appointment.id}/reschedule`} className="self-start rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">Reschedule</Link>
          ) : null}
        </div>
        {can("reject") ? <AdminRejectForm appointmentId={appointment.id} /> : null}
        {can("cancel") ? <AdminCancelForm appointmentId={appointment.id} /> : null}
        {!["confirm", "complete", "no_show", "reschedule", "reject", "cancel"].some((a) => can(a as never)) ? (
          <p className="text-slate-700" data-testid="no-actions">This appointment can no longer be changed.</p>
        ) : null}
      </section>
    </div>
  );
}
