import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getAppointmentForAdmin } from "@/lib/appointments/queries";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { MoveTimePicker } from "@/components/booking/move-time-picker";

export const metadata: Metadata = { title: "Reschedule appointment" };

export default async function AdminReschedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ week?: string }>;
}) {
  const actor = await requireRole("ADMIN");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getAppointmentForAdmin(appointmentId);
  if (!appointment) notFound();
  const settings = await getSchedulingSettings();
  const base = `/admin/appointments/${appointment.id}`;
  return (
    <MoveTimePicker
      back={{ href: base, label: "← Back to the appointment" }}
      title="Reschedule"
      decision={appointmentPolicy.decide(actor, "appointment.reschedule", {
        ...appointment,
        settings,
        now: new Date(),
      })}
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      settings={settings}
      week={week}
      slotHref={(start) => `${base}/reschedule/confirm?start=${encodeURIComponent(start.toISOString())}`}
      weekHref={(monday) => `${base}/reschedule?week=${monday}`}
    >
      {appointment.patient.user.name} with {appointment.doctor.user.name}, now on{" "}
      {formatDateTime(appointment.startsAt, settings.timeZone)}. The current time is kept until the new one is secured.
    </MoveTimePicker>
  );
}
