import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { getAppointmentForAdmin } from "@/lib/admin/appointments/queries";
import { findOfferedSlot, nearestFreeSlots } from "@/lib/availability/service";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { SlotGone } from "@/components/booking/slot-gone";
import { AdminRescheduleForm } from "./reschedule-form";

export const metadata: Metadata = { title: "Confirm the new time" };

export default async function AdminConfirmReschedule({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ start?: string }> }) {
  await requireRole("ADMIN");
  const [{ appointmentId }, { start }] = await Promise.all([params, searchParams]);
  const parsedStart = z.iso.datetime({ offset: true }).safeParse(start);
  if (!z.uuid().safeParse(appointmentId).success || !parsedStart.success) notFound();
  const appointment = await getAppointmentForAdmin(appointmentId);
  if (!appointment) notFound();
  const settings = await getSchedulingSettings();
  const now = new Date();
  const wanted = new Date(parsedStart.data);
  const query = { purpose: "move" as const, excludeAppointmentId: appointment.id };
  const slot = await findOfferedSlot(appointment.doctor.id, settings, now, wanted, query);
  const back = `/admin/appointments/${appointment.id}/reschedule`;
  const hrefFor = (s: Date) => `${back}/confirm?start=${encodeURIComponent(s.toISOString())}`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href={back} className="text-sm text-teal-800 underline">← Other times</Link>
      <h1 className="text-2xl font-semibold">Confirm the new time</h1>
      <p className="text-slate-700">
        {appointment.patient.user.name} with {appointment.doctor.user.name}. Currently {formatDateTime(appointment.startsAt, settings.timeZone)}.
      </p>
      {slot ? (
        <>
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-lg font-medium" data-testid="new-time">New time: {formatDateTime(slot.start, settings.timeZone)}</p>
          <AdminRescheduleForm appointmentId={appointment.id} start={slot.start.toISOString()} />
        </>
      ) : (
        <SlotGone nearest={await nearestFreeSlots(appointment.doctor.id, settings, now, wanted, query)} timeZone={settings.timeZone} hrefFor={hrefFor} backHref={back} />
      )}
    </div>
  );
}
