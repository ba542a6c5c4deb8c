import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { appointmentControls } from "@/lib/appointments/policy";
import { requirePatientAppointment } from "@/lib/appointments/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { StatusBadge } from "@/components/appointments/status-badge";
import { ReasonForm } from "@/components/forms/reason-form";
import { cancelAppointmentAction } from "../../actions";

export const metadata: Metadata = { title: "Appointment" };

const cancelConfirmation = {
  title: "Cancel this appointment?",
  description: "Your time is given up and the doctor is told. To see the doctor later, you will need to book again.",
  confirmLabel: "Cancel appointment",
};

const notices: Record<string, string> = {
  booked: "Your appointment is booked.",
  moved: "Your appointment has been moved.",
  cancelled: "Your appointment has been cancelled.",
};

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
  const settings = await getSchedulingSettings();
  const notice = Object.keys(notices).find((key) => query[key]);
  const { cancel, reschedule } = appointmentControls(actor, { ...appointment, settings, now: new Date() });
  const live = appointment.status === "PENDING" || appointment.status === "CONFIRMED";
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href="/patient" className="text-sm text-teal-800 underline">
        ← My appointments
      </Link>
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
          data-testid="appointment-notice"
        >
          {notices[notice]}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Appointment</h1>
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
        <p className="text-sm text-slate-700">Cancellation reason: {appointment.cancellationReason}</p>
      ) : null}
      {live ? (
        <a
          href={`/patient/appointments/${appointment.id}/calendar.ics`}
          className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
          download
        >
          Add to calendar (.ics)
        </a>
      ) : null}
      {live ? (
        <section aria-labelledby="change-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="change-heading" className="text-lg font-semibold">
            Change or cancel
          </h2>
          {reschedule.allowed ? (
            <Link
              href={`/patient/appointments/${appointment.id}/reschedule`}
              className="inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
            >
              Choose another time
            </Link>
          ) : null}
          {cancel.allowed ? (
            <ReasonForm
              action={cancelAppointmentAction}
              fields={{ appointmentId: appointment.id }}
              formLabel="Cancel appointment"
              reasonLabel="Why are you cancelling?"
              submitLabel="Cancel appointment"
              pendingLabel="Cancelling…"
              confirm={cancelConfirmation}
            />
          ) : (
            <p className="text-slate-700" data-testid="change-refused">
              {cancel.reason}
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
