import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { requireOwnAppointment } from "@/lib/booking/patient-appointment";
import { findOfferedSlot, nearestFreeSlots } from "@/lib/availability/service";
import { rescheduleLink } from "@/lib/booking/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { SlotGone } from "@/components/booking/slot-gone";
import { RescheduleForm } from "./reschedule-form";

export const metadata: Metadata = { title: "Confirm the new time" };

export default async function ConfirmReschedule({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ start?: string }> }) {
  const actor = await requireRole("PATIENT");
  const [{ appointmentId }, { start }] = await Promise.all([params, searchParams]);
  const appointment = await requireOwnAppointment(actor, appointmentId);
  const parsedStart = z.iso.datetime({ offset: true }).safeParse(start);
  if (!parsedStart.success) notFound();
  const settings = await getSchedulingSettings();
  const now = new Date();
  const wanted = new Date(parsedStart.data);
  const query = { purpose: "move" as const, excludeAppointmentId: appointment.id };
  const slot = await findOfferedSlot(appointment.doctor.id, settings, now, wanted, query);
  const back = `/patient/appointments/${appointment.id}/reschedule`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href={back} className="text-sm text-teal-800 underline">← Other times</Link>
      <h1 className="text-2xl font-semibold">Confirm the new time</h1>
      <p className="text-slate-700">Currently: {formatDateTime(appointment.startsAt, settings.timeZone)}</p>
      {slot ? (
        <>
          <AppointmentSummary doctorName={appointment.doctor.user.name} specialty={appointment.doctor.specialty.name} location={appointment.doctor.location} start={slot.start} end={slot.end} timeZone={settings.timeZone} reason={appointment.reason} />
          <RescheduleForm appointmentId={appointment.id} start={slot.start.toISOString()} />
        </>
      ) : (
        <SlotGone nearest={await nearestFreeSlots(appointment.doctor.id, settings, now, wanted, query)} timeZone={settings.timeZone} hrefFor={rescheduleLink(appointment.id)} backHref={back} />
      )}
    </div>
  );
}
