import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { appointmentControls } from "@/lib/appointments/policy";
import { requireDoctorAppointment } from "@/lib/appointments/queries";
import { formatDateTime, formatTime, zoneAbbreviation } from "@/lib/format/datetime";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { visitNotePolicy } from "@/lib/visit-notes/policy";
import { StatusBadge } from "@/components/appointments/status-badge";
import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { cancelAsDoctorAction, changeStatusAction } from "../../actions";
import { VisitNoteForm } from "../../_components/visit-note-form";

export const metadata: Metadata = { title: "Appointment" };

const notices: Record<string, string> = {
  confirm: "Appointment confirmed. The patient has been emailed.",
  reject: "Request declined. The patient has been emailed.",
  complete: "Visit marked as completed.",
  no_show: "Marked as a no-show.",
  cancel: "Appointment cancelled. The patient has been emailed.",
  reschedule: "Appointment moved. The patient has been emailed.",
};

export default async function DoctorAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { done }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const settings = await getSchedulingSettings();
  const now = new Date();
  const controls = appointmentControls(actor, { ...appointment, settings, now });
  const tz = settings.timeZone;
  const ownNote = appointment.notes.find((n) => n.authorId === actor.id);
  const note = visitNotePolicy.decide(actor, "visit_note.write", { ...appointment, now });
  const notice = done ? notices[done] : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/doctor/agenda" className="text-sm text-teal-800 underline">
        ← Agenda
      </Link>
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
          data-testid="appointment-notice"
        >
          {notice}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{appointment.patient.user.name}</h1>
        <StatusBadge status={appointment.status} />
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">When</dt>
        <dd data-testid="appointment-when">
          {formatDateTime(appointment.startsAt, tz)}–{formatTime(appointment.endsAt, tz)}{" "}
          {zoneAbbreviation(appointment.startsAt, tz)}
        </dd>
        <dt className="font-medium text-slate-600">Reason</dt>
        <dd>{appointment.reason}</dd>
        {appointment.cancellationReason ? (
          <>
            <dt className="font-medium text-slate-600">
              {appointment.status === "REJECTED" ? "Declined because" : "Cancelled because"}
            </dt>
            <dd>{appointment.cancellationReason}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-600">Patient</dt>
        <dd>
          <Link href={`/doctor/patients/${appointment.patient.id}`} className="text-teal-800 underline">
            Patient record and history
          </Link>
        </dd>
      </dl>

      {Object.values(controls).some((c) => c.allowed) ? (
        <section
          aria-labelledby="actions-heading"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="actions-heading" className="text-lg font-semibold">
            Actions
          </h2>
          <AppointmentActions
            appointmentId={appointment.id}
            controls={controls}
            actions={{ changeStatus: changeStatusAction, cancel: cancelAsDoctorAction }}
            rescheduleHref={`/doctor/appointments/${appointment.id}/reschedule`}
            notified="the patient"
          />
        </section>
      ) : null}

      <section aria-labelledby="notes-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="notes-heading" className="text-lg font-semibold">
          Visit notes
        </h2>
        {appointment.notes.length ? (
          <ul className="space-y-3" data-testid="visit-notes">
            {appointment.notes.map((note) => (
              <li key={note.id} className="rounded-md bg-slate-50 p-3">
                <p className="whitespace-pre-line">{note.body}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {note.author.name}, written {formatDateTime(note.createdAt, tz)}
                  {note.updatedAt.getTime() - note.createdAt.getTime() > 1000
                    ? `, edited ${formatDateTime(note.updatedAt, tz)}`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No notes yet.</p>
        )}
        {note.allowed ? (
          <VisitNoteForm appointmentId={appointment.id} body={ownNote?.body ?? ""} />
        ) : (
          <p className="text-sm text-slate-600">{note.reason}</p>
        )}
      </section>
    </div>
  );
}
