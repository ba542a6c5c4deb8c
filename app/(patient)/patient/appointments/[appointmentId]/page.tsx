import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { appointmentControls } from "@/lib/appointments/policy";
import { requirePatientAppointment } from "@/lib/appointments/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { StatusBadge } from "@/components/appointments/status-badge";
import { ReasonForm } from "@/components/forms/reason-form";
import { translateMessage } from "@/lib/i18n/message";
import { cancelAppointmentAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("patient.appointment"))("title") };
}

const notices = ["booked", "moved", "cancelled"] as const;

export default async function AppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireRole("PATIENT");
  const [{ appointmentId }, query] = await Promise.all([params, searchParams]);
  const appointment = await requirePatientAppointment(actor, appointmentId);
  const [settings, t, show] = await Promise.all([
    getSchedulingSettings(),
    getTranslations("patient.appointment"),
    getTranslations(),
  ]);
  const notice = notices.find((key) => query[key]);
  const { cancel, reschedule } = appointmentControls(actor, { ...appointment, settings, now: new Date() });
  const live = appointment.status === "PENDING" || appointment.status === "CONFIRMED";
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href="/patient" className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
          data-testid="appointment-notice"
        >
          {t(notice)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <StatusBadge status={appointment.status} />
      </div>
      <AppointmentSummary
        doctorName={appointment.doctor.user.name}
        specialty={appointment.doctor.specialty.name}
        location={appointment.doctor.location}
        start={appointment.startsAt}
        end={appointment.endsAt}
        timeZone={settings.timeZone}
        reason={appointment.reason}
      />
      {appointment.cancellationReason ? (
        <p className="text-sm text-slate-700">{t("cancellationReason", { reason: appointment.cancellationReason })}</p>
      ) : null}
      {live ? (
        <a
          href={`/patient/appointments/${appointment.id}/calendar.ics`}
          className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
          download
        >
          {t("addToCalendar")}
        </a>
      ) : null}
      {live ? (
        <section aria-labelledby="change-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="change-heading" className="text-lg font-semibold">
            {t("changeHeading")}
          </h2>
          {reschedule.allowed ? (
            <Link
              href={`/patient/appointments/${appointment.id}/reschedule`}
              className="inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
            >
              {t("chooseAnother")}
            </Link>
          ) : null}
          {cancel.allowed ? (
            <ReasonForm
              action={cancelAppointmentAction}
              fields={{ appointmentId: appointment.id }}
              formLabel={t("cancelForm")}
              reasonLabel={t("whyCancel")}
              submitLabel={t("cancelForm")}
              pendingLabel={t("cancelling")}
              confirm={{
                title: t("confirmTitle"),
                description: t("confirmDescription"),
                confirmLabel: t("cancelForm"),
              }}
            />
          ) : (
            <p className="text-slate-700" data-testid="change-refused">
              {translateMessage(show, cancel.reason)}
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
