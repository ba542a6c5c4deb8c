import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { getAppointmentForAdmin } from "@/lib/admin/appointments/queries";
import { decideFor } from "@/lib/booking/decide";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { WeekSlotsSection } from "@/components/booking/week-slots-section";

export const metadata: Metadata = { title: "Reschedule appointment" };

export default async function AdminReschedulePage({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ week?: string }> }) {
  await requireRole("ADMIN");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getAppointmentForAdmin(appointmentId);
  if (!appointment) notFound();
  const settings = await getSchedulingSettings();
  const decision = decideFor("ADMIN", "reschedule", appointment, settings);
  const base = `/admin/appointments/${appointment.id}`;
  return (
    <div className="space-y-6">
      <Link href={base} className="text-sm text-teal-800 underline">← Back to the appointment</Link>
      <div>
        <h1 className="text-2xl font-semibold">Reschedule</h1>
        <p className="text-slate-700">
          {appointment.patient.user.name} with {appointment.doctor.user.name}, now on {formatDateTime(appointment.startsAt, settings.timeZone)}. The current time is kept until the new one is secured.
        </p>
      </div>
      {decision.allowed ? (
        <WeekSlotsSection
          doctorId={appointment.doctor.id}
          settings={settings}
          week={week}
          query={{ purpose: "move", excludeAppointmentId: appointment.id }}
          slotHref={(start) => `${base}/reschedule/confirm?start=${encodeURIComponent(start.toISOString())}`}
          weekHref={(monday) => `${base}/reschedule?week=${monday}`}
          verb="Move to"
        />
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950">{decision.reason}</p>
      )}
    </div>
  );
}
