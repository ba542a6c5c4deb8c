import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { decideFor } from "@/lib/booking/decide";
import { requireDoctorAppointment } from "@/lib/doctors/own-appointment";
import { formatDateTime, formatTime, zoneAbbreviation } from "@/lib/format/datetime";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { visitNoteRefusal } from "@/lib/visit-notes/rules";
import { StatusBadge } from "@/components/ui/status-badge";
import { DoctorCancelForm, RejectForm, StatusButtonForm, VisitNoteForm } from "../../_components/appointment-forms";

export const metadata: Metadata = { title: "Appointment" };

const notices: Record<string, string> = {
  confirm: "Appointment confirmed. The patient has been emailed.",
  reject: "Request declined. The patient has been emailed.",
  complete: "Visit marked as completed.",
  no_show: "Marked as a no-show.",
  cancel: "Appointment cancelled. The patient has been emailed.",
  reschedule: "Appointment moved. The patient has been emailed.",
};

export default async function DoctorAppointmentPage({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { done }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const settings = await getSchedulingSettings();
  const now = new Date();
  const can = (action: Parameters<typeof decideFor>[1]) => decideFor("DOCTOR", action, appointment, settings, now).allowed;
  const tz = settings.timeZone;
  const ownNote = appointment.notes.find((n) => n.authorId === actor.id);
  const noteRefusal = visitNoteRefusal(appointment.status, appointment.startsAt, now);
  const notice = done ? notices[done] : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/doctor/agenda" className="text-sm text-teal-800 underline">← Agenda</Link>
      {notice ? <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900" data-testid="appointment-notice">{notice}</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{appointment.patient.user.name}</h1>
        <StatusBadge status={appointment.status} />
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">When</dt>
        <dd data-testid="appointment-when">{formatDateTime(appointment.startsAt, tz)}–{formatTime(appointment.endsAt, tz)} {zoneAbbreviation(appointment.startsAt, tz)}</dd>
        <dt className="font-medium text-slate-600">Reason</dt>
        <dd>{appointment.reason}</dd>
        {appointment.cancellationReason ? (
          <>
            <dt className="font-medium text-slate-600">{appointment.status === "REJECTED" ? "Declined because" : "Cancelled because"}</dt>
            <dd>{appointment.cancellationReason}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-600">Patient</dt>
        <dd><Link href={`/doctor/patients/${appointment.patient.id}`} className="text-teal-800 underline">Patient record and history</Link></dd>
      </dl>

      {can("confirm") || can("complete") || can("no_show") || can("reschedule") ? (
        <section aria-labelledby="actions-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="actions-heading" className="text-lg font-semibold">Actions</h2>
          <div className="flex flex-wrap items-start gap-3">
            {can("confirm") ? <StatusButtonForm appointmentId={appointment.id} action="confirm" label="Confirm appointment" pendingLabel="Confirming…" /> : null}
            {can("complete") ? <StatusButtonForm appointmentId={appointment.id} action="complete" label="Mark as completed" pendingLabel="Saving…" /> : null}
            {can("no_show") ? <StatusButtonForm appointmentId={appointment.id} action="no_show" label="Mark as no-show" pendingLabel="Saving…" tone="secondary" /> : null}
            {can("reschedule") ? (
              <Link href={`/doctor/appointments/${appointment.id}/reschedule`} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100">
                Move to another time
              </Link>
            ) : null}
          </div>
          {can("reject") ? <RejectForm appointmentId={appointment.id} /> : null}
          {can("cancel") ? <DoctorCancelForm appointmentId={appointment.id} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="notes-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="notes-heading" className="text-lg font-semibold">Visit notes</h2>
        {appointment.notes.length ? (
          <ul className="space-y-3" data-testid="visit-notes">
            {appointment.notes.map((note) => (
              <li key={note.id} className="rounded-md bg-slate-50 p-3">
                <p className="whitespace-pre-line">{note.body}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {note.author.name}, written {formatDateTime(note.createdAt, tz)}
                  {note.updatedAt.getTime() - note.createdAt.getTime() > 1000 ? `, edited ${formatDateTime(note.updatedAt, tz)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No notes yet.</p>
        )}
        {noteRefusal ? <p className="text-sm text-slate-600">{noteRefusal}</p> : <VisitNoteForm appointmentId={appointment.id} body={ownNote?.body ?? ""} />}
      </section>
    </div>
  );
}
