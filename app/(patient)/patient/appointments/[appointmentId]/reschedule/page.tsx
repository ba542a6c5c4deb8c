import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { requireOwnAppointment } from "@/lib/booking/patient-appointment";
import { rescheduleLink } from "@/lib/booking/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { patientDecision } from "@/lib/booking/decide";
import { formatDateTime } from "@/lib/format/datetime";
import { WeekSlotsSection } from "@/components/booking/week-slots-section";

export const metadata: Metadata = { title: "Choose another time" };

export default async function ReschedulePage({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ week?: string }> }) {
  const actor = await requireRole("PATIENT");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  const appointment = await requireOwnAppointment(actor, appointmentId);
  const settings = await getSchedulingSettings();
  const decision = patientDecision("reschedule", appointment, settings);
  return (
    <div className="space-y-6">
      <Link href={`/patient/appointments/${appointment.id}`} className="text-sm text-teal-800 underline">← Back to the appointment</Link>
      <div>
        <h1 className="text-2xl font-semibold">Choose another time</h1>
        <p className="text-slate-700">
          With {appointment.doctor.user.name}, now on {formatDateTime(appointment.startsAt, settings.timeZone)}. Your current time is kept until the new one is secured.
        </p>
      </div>
      {decision.allowed ? (
        <WeekSlotsSection
          doctorId={appointment.doctor.id}
          settings={settings}
          week={week}
          query={{ purpose: "move", excludeAppointmentId: appointment.id }}
          slotHref={rescheduleLink(appointment.id)}
          weekHref={(monday) => `/patient/appointments/${appointment.id}/reschedule?week=${monday}`}
          verb="Move to"
        />
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950" data-testid="change-refused">
          {decision.reason}
        </p>
      )}
    </div>
  );
}
