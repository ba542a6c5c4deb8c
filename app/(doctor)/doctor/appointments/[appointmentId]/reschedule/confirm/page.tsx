import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { findOfferedSlot, nearestFreeSlots } from "@/lib/availability/service";
import { rescheduleLink } from "@/lib/booking/slot-errors";
import { requireDoctorAppointment } from "@/lib/doctors/own-appointment";
import { formatDateTime, formatTime } from "@/lib/format/datetime";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { SlotGone } from "@/components/booking/slot-gone";
import { DoctorRescheduleForm } from "../../../../_components/appointment-forms";

export const metadata: Metadata = { title: "Confirm the new time" };

export default async function DoctorConfirmReschedule({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ start?: string }> }) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { start }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const parsedStart = z.iso.datetime({ offset: true }).safeParse(start);
  if (!parsedStart.success) notFound();
  const settings = await getSchedulingSettings();
  const now = new Date();
  const wanted = new Date(parsedStart.data);
  const query = { purpose: "move" as const, excludeAppointmentId: appointment.id };
  const slot = await findOfferedSlot(appointment.doctorId, settings, now, wanted, query);
  const back = `/doctor/appointments/${appointment.id}/reschedule`;
  const tz = settings.timeZone;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href={back} className="text-sm text-teal-800 underline">← Other times</Link>
      <h1 className="text-2xl font-semibold">Confirm the new time</h1>
      <p className="text-slate-700">{appointment.patient.user.name}, currently {formatDateTime(appointment.startsAt, tz)}</p>
      {slot ? (
        <>
          <p className="rounded-lg border border-slate-200 bg-white p-4 font-medium" data-testid="new-time">New time: {formatDateTime(slot.start, tz)}–{formatTime(slot.end, tz)}</p>
          <DoctorRescheduleForm appointmentId={appointment.id} start={slot.start.toISOString()} />
        </>
      ) : (
        <SlotGone nearest={await nearestFreeSlots(appointment.doctorId, settings, now, wanted, query)} timeZone={tz} hrefFor={rescheduleLink(appointment.id, "DOCTOR")} backHref={back} />
      )}
    </div>
  );
}
