import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { requirePatientAppointment } from "@/lib/appointments/queries";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { ConfirmMoveForm } from "@/components/booking/confirm-move-form";
import { rescheduleAppointmentAction } from "../../../../actions";

export const metadata: Metadata = { title: "Confirm the new time" };

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
  const settings = await getSchedulingSettings();
  return (
    <ConfirmMove
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      start={start}
      settings={settings}
      back={`/patient/appointments/${appointment.id}/reschedule`}
      currently={`Currently: ${formatDateTime(appointment.startsAt, settings.timeZone)}`}
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
            label="Move my appointment"
          />
        </>
      )}
    </ConfirmMove>
  );
}
