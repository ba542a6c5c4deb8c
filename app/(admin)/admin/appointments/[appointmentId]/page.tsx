import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getAppointmentForAdmin } from "@/lib/appointments/queries";
import { appointmentControls } from "@/lib/appointments/policy";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime, formatMoney } from "@/lib/format/datetime";
import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { StatusBadge } from "@/components/appointments/status-badge";
import { Notice } from "@/components/admin/notice";
import { cancelAppointmentAsAdminAction, changeAppointmentStatusAction } from "../actions";

export const metadata: Metadata = { title: "Appointment" };

const doneText: Record<string, string> = {
  confirm: "Confirmed. The patient has been emailed.",
  reject: "Declined. The patient has been emailed.",
  cancel: "Cancelled. The patient and the doctor have been emailed.",
  reschedule: "Moved. The patient and the doctor have been emailed.",
  complete: "Marked as completed.",
  no_show: "Marked as a no-show.",
};

export default async function AdminAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const actor = await requireRole("ADMIN");
  const [{ appointmentId }, { done }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getAppointmentForAdmin(appointmentId);
  if (!appointment) notFound();
  await recordAudit({
    actorId: actor.id,
    action: "appointment.view",
    entityType: "appointment",
    entityId: appointment.id,
  });
  const settings = await getSchedulingSettings();
  const controls = appointmentControls(actor, { ...appointment, settings, now: new Date() });
  const tz = settings.timeZone;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/admin/appointments" className="text-sm text-teal-800 underline">
        ← Appointments
      </Link>
      {done && doneText[done] ? <Notice>{doneText[done]}</Notice> : null}
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{formatDateTime(appointment.startsAt, tz)}</h1>
        <StatusBadge status={appointment.status} />
      </div>
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">Patient</dt>
          <dd className="font-medium">
            <Link href={`/admin/patients/${appointment.patient.id}`} className="text-teal-800 underline">
              {appointment.patient.user.name}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Doctor</dt>
          <dd className="font-medium">
            {appointment.doctor.user.name} · {appointment.doctor.specialty.name}
          </dd>
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
        <h2 id="actions-heading" className="text-lg font-semibold">
          Actions
        </h2>
        <AppointmentActions
          appointmentId={appointment.id}
          controls={controls}
          actions={{ changeStatus: changeAppointmentStatusAction, cancel: cancelAppointmentAsAdminAction }}
          rescheduleHref={`/admin/appointments/${appointment.id}/reschedule`}
          notified="the patient and the doctor"
        />
      </section>
    </div>
  );
}
