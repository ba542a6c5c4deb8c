import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { requireDoctorAppointment } from "@/lib/appointments/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { ConfirmMoveForm } from "@/components/booking/confirm-move-form";
import { rescheduleAsDoctorAction } from "../../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("doctor.moveConfirm"))("title") };
}

export default async function DoctorConfirmReschedule({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ start?: string }>;
}) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { start }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const [settings, format, t] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("doctor.moveConfirm"),
  ]);
  return (
    <ConfirmMove
      appointment={appointment}
      start={start}
      settings={settings}
      back={`/doctor/appointments/${appointment.id}/reschedule`}
      currently={t("currently", { name: appointment.patient.user.name, when: format.dateTime(appointment.startsAt) })}
      hrefFor={rescheduleLink(appointment.id, "DOCTOR")}
    >
      {(slot) => (
        <>
          <p className="rounded-lg border border-slate-200 bg-white p-4 font-medium" data-testid="new-time">
            {t("newTime", { start: format.dateTime(slot.start), end: format.time(slot.end) })}
          </p>
          <ConfirmMoveForm
            appointmentId={appointment.id}
            start={slot.start.toISOString()}
            action={rescheduleAsDoctorAction}
            label={t("submit")}
          />
        </>
      )}
    </ConfirmMove>
  );
}
