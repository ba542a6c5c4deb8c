import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { translateMessage } from "@/lib/i18n/message";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { appointmentControls } from "@/lib/appointments/policy";
import { requireDoctorAppointment } from "@/lib/appointments/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { visitNotePolicy } from "@/lib/visit-notes/policy";
import { StatusBadge } from "@/components/appointments/status-badge";
import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { cancelAsDoctorAction, changeStatusAction } from "../../actions";
import { VisitNoteForm } from "../../_components/visit-note-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("doctor.appointment"))("title") };
}

const NOTICES = ["confirm", "reject", "complete", "no_show", "cancel", "reschedule"] as const;
const isNotice = (done: string | undefined): done is (typeof NOTICES)[number] =>
  (NOTICES as readonly (string | undefined)[]).includes(done);

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
  const [settings, format, t, translate] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("doctor.appointment"),
    getTranslations(),
  ]);
  const now = new Date();
  const controls = appointmentControls(actor, { ...appointment, settings, now });
  const ownNote = appointment.notes.find((n) => n.authorId === actor.id);
  const note = visitNotePolicy.decide(actor, "visit_note.write", { ...appointment, now });
  const notice = isNotice(done) ? t(`notices.${done}`) : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/doctor/agenda" className="text-sm text-teal-800 underline">
        {t("back")}
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
        <dt className="font-medium text-slate-600">{t("when")}</dt>
        <dd data-testid="appointment-when">
          {format.dateTime(appointment.startsAt)}–{format.time(appointment.endsAt)} {format.zone(appointment.startsAt)}
        </dd>
        <dt className="font-medium text-slate-600">{t("reason")}</dt>
        <dd>{appointment.reason}</dd>
        {appointment.cancellationReason ? (
          <>
            <dt className="font-medium text-slate-600">
              {appointment.status === "REJECTED" ? t("declinedBecause") : t("cancelledBecause")}
            </dt>
            <dd>{appointment.cancellationReason}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-600">{t("patient")}</dt>
        <dd>
          <Link href={`/doctor/patients/${appointment.patient.id}`} className="text-teal-800 underline">
            {t("record")}
          </Link>
        </dd>
      </dl>

      {Object.values(controls).some((c) => c.allowed) ? (
        <section
          aria-labelledby="actions-heading"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="actions-heading" className="text-lg font-semibold">
            {t("actions")}
          </h2>
          <AppointmentActions
            appointmentId={appointment.id}
            controls={controls}
            actions={{ changeStatus: changeStatusAction, cancel: cancelAsDoctorAction }}
            rescheduleHref={`/doctor/appointments/${appointment.id}/reschedule`}
            notified={t("notified")}
          />
        </section>
      ) : null}

      <section aria-labelledby="notes-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="notes-heading" className="text-lg font-semibold">
          {t("notes")}
        </h2>
        {appointment.notes.length ? (
          <ul className="space-y-3" data-testid="visit-notes">
            {appointment.notes.map((note) => (
              <li key={note.id} className="rounded-md bg-slate-50 p-3">
                <p className="whitespace-pre-line">{note.body}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {note.updatedAt.getTime() - note.createdAt.getTime() > 1000
                    ? t("noteWrittenEdited", {
                        author: note.author.name,
                        written: format.dateTime(note.createdAt),
                        edited: format.dateTime(note.updatedAt),
                      })
                    : t("noteWritten", { author: note.author.name, written: format.dateTime(note.createdAt) })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t("noNotes")}</p>
        )}
        {note.allowed ? (
          <VisitNoteForm appointmentId={appointment.id} body={ownNote?.body ?? ""} />
        ) : (
          <p className="text-sm text-slate-600">{translateMessage(translate, note.reason)}</p>
        )}
      </section>
    </div>
  );
}
