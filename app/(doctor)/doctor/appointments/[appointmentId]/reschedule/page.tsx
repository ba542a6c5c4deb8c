import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { decideFor } from "@/lib/booking/decide";
import { rescheduleLink } from "@/lib/booking/slot-errors";
import { requireDoctorAppointment } from "@/lib/doctors/own-appointment";
import { formatDateTime } from "@/lib/format/datetime";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { WeekSlotsSection } from "@/components/booking/week-slots-section";

export const metadata: Metadata = { title: "Move appointment" };

export default async function DoctorReschedulePage({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ week?: string }> }) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const settings = await getSchedulingSettings();
  const decision = decideFor("DOCTOR", "reschedule", appointment, settings);
  return (
    <div className="space-y-6">
      <Link href={`/doctor/appointments/${appointment.id}`} className="text-sm text-teal-800 underline">← Back to the appointment</Link>
      <div>
        <h1 className="text-2xl font-semibold">Move {appointment.patient.user.name}&apos;s appointment</h1>
        <p className="text-slate-700">Now on {formatDateTime(appointment.startsAt, settings.timeZone)}. The current time is kept until the new one is secured; the patient is emailed.</p>
      </div>
      {decision.allowed ? (
        <WeekSlotsSection
          doctorId={appointment.doctorId}
          settings={settings}
          week={week}
          query={{ purpose: "move", excludeAppointmentId: appointment.id }}
          slotHref={rescheduleLink(appointment.id, "DOCTOR")}
          weekHref={(monday) => `/doctor/appointments/${appointment.id}/reschedule?week=${monday}`}
          verb="Move to"
        />
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950" data-testid="change-refused">{decision.reason}</p>
      )}
    </div>
  );
}
