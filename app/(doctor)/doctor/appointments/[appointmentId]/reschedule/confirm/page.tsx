import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { requireDoctorAppointment } from "@/lib/appointments/queries";
import { formatDateTime, formatTime } from "@/lib/format/datetime";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { ConfirmMoveForm } from "@/components/booking/confirm-move-form";
import { rescheduleAsDoctorAction } from "../../../../actions";

export const metadata: Metadata = { title: "Confirm the new time" };

export default async function DoctorConfirmReschedule({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ start?: string }>;
}) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { start }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const settings = await getSchedulingSettings();
  const tz = settings.timeZone;
  return (
    <ConfirmMove
      appointment={appointment}
      start={start}
      settings={settings}
      back={`/doctor/appointments/${appointment.id}/reschedule`}
      currently={`${appointment.patient.user.name}, currently ${formatDateTime(appointment.startsAt, tz)}`}
      hrefFor={rescheduleLink(appointment.id, "DOCTOR")}
    >
      {(slot) => (
        <>
          <p className="rounded-lg border border-slate-200 bg-white p-4 font-medium" data-testid="new-time">
            New time: {formatDateTime(slot.start, tz)}–{formatTime(slot.end, tz)}
          </p>
          <ConfirmMoveForm
            appointmentId={appointment.id}
            start={slot.start.toISOString()}
            action={rescheduleAsDoctorAction}
            label="Move the appointment"
          />
        </>
      )}
    </ConfirmMove>
  );
}
