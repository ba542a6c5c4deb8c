import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getAppointmentForAdmin } from "@/lib/appointments/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { ConfirmMoveForm } from "@/components/booking/confirm-move-form";
import { rescheduleAppointmentAsAdminAction } from "../../../actions";

export const metadata: Metadata = { title: "Confirm the new time" };

export default async function AdminConfirmReschedule({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ start?: string }>;
}) {
  await requireRole("ADMIN");
  const [{ appointmentId }, { start }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getAppointmentForAdmin(appointmentId);
  if (!appointment) notFound();
  const settings = await getSchedulingSettings();
  const back = `/admin/appointments/${appointment.id}/reschedule`;
  return (
    <ConfirmMove
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      start={start}
      settings={settings}
      back={back}
      currently={`${appointment.patient.user.name} with ${appointment.doctor.user.name}. Currently ${formatDateTime(appointment.startsAt, settings.timeZone)}.`}
      hrefFor={(s) => `${back}/confirm?start=${encodeURIComponent(s.toISOString())}`}
    >
      {(slot) => (
        <>
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-lg font-medium" data-testid="new-time">
            New time: {formatDateTime(slot.start, settings.timeZone)}
          </p>
          <ConfirmMoveForm
            appointmentId={appointment.id}
            start={slot.start.toISOString()}
            action={rescheduleAppointmentAsAdminAction}
            label="Move the appointment"
          />
        </>
      )}
    </ConfirmMove>
  );
}
