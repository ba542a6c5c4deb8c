import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { requireDoctorAppointment } from "@/lib/appointments/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { MoveTimePicker } from "@/components/booking/move-time-picker";

export const metadata: Metadata = { title: "Move appointment" };

export default async function DoctorReschedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ week?: string }>;
}) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const settings = await getSchedulingSettings();
  return (
    <MoveTimePicker
      back={{ href: `/doctor/appointments/${appointment.id}`, label: "← Back to the appointment" }}
      title={`Move ${appointment.patient.user.name}'s appointment`}
      decision={appointmentPolicy.decide(actor, "appointment.reschedule", {
        ...appointment,
        settings,
        now: new Date(),
      })}
      appointment={appointment}
      settings={settings}
      week={week}
      slotHref={rescheduleLink(appointment.id, "DOCTOR")}
      weekHref={(monday) => `/doctor/appointments/${appointment.id}/reschedule?week=${monday}`}
    >
      Now on {formatDateTime(appointment.startsAt, settings.timeZone)}. The current time is kept until the new one is
      secured; the patient is emailed.
    </MoveTimePicker>
  );
}
