import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { requirePatientAppointment } from "@/lib/appointments/queries";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { MoveTimePicker } from "@/components/booking/move-time-picker";

export const metadata: Metadata = { title: "Choose another time" };

export default async function ReschedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ week?: string }>;
}) {
  const actor = await requireRole("PATIENT");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  const appointment = await requirePatientAppointment(actor, appointmentId);
  const settings = await getSchedulingSettings();
  return (
    <MoveTimePicker
      back={{ href: `/patient/appointments/${appointment.id}`, label: "← Back to the appointment" }}
      title="Choose another time"
      decision={appointmentPolicy.decide(actor, "appointment.reschedule", {
        ...appointment,
        settings,
        now: new Date(),
      })}
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      settings={settings}
      week={week}
      slotHref={rescheduleLink(appointment.id)}
      weekHref={(monday) => `/patient/appointments/${appointment.id}/reschedule?week=${monday}`}
    >
      With {appointment.doctor.user.name}, now on {formatDateTime(appointment.startsAt, settings.timeZone)}. Your
      current time is kept until the new one is secured.
    </MoveTimePicker>
  );
}
