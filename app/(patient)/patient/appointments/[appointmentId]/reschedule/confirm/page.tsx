import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { requirePatientAppointment } from "@/lib/appointments/queries";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { getFormat } from "@/lib/language/server";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { ConfirmMoveForm } from "@/components/booking/confirm-move-form";
import { rescheduleAppointmentAction } from "../../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("booking.move"))("title") };
}

export default async function ConfirmReschedule({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ start?: string }>;
}) {
  const actor = await requireRole("PATIENT");
  const [{ appointmentId }, { start }] = await Promise.all([params, searchParams]);
  const appointment = await requirePatientAppointment(actor, appointmentId);
  const [settings, t, format] = await Promise.all([
    getSchedulingSettings(),
    getTranslations("patient.reschedule"),
    getFormat(),
  ]);
  return (
    <ConfirmMove
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      start={start}
      settings={settings}
      back={`/patient/appointments/${appointment.id}/reschedule`}
      currently={t("currently", { when: format.dateTime(appointment.startsAt) })}
      hrefFor={rescheduleLink(appointment.id)}
    >
      {(slot) => (
        <>
          <AppointmentSummary
            doctorName={appointment.doctor.user.name}
            specialty={appointment.doctor.specialty.name}
            location={appointment.doctor.location}
            start={slot.start}
            end={slot.end}
            timeZone={settings.timeZone}
            reason={appointment.reason}
          />
          <ConfirmMoveForm
            appointmentId={appointment.id}
            start={slot.start.toISOString()}
            action={rescheduleAppointmentAction}
            label={t("moveMine")}
          />
        </>
      )}
    </ConfirmMove>
  );
}
