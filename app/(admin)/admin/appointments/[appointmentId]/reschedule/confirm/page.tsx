import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getAppointmentForAdmin } from "@/lib/appointments/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { ConfirmMoveForm } from "@/components/booking/confirm-move-form";
import { rescheduleAppointmentAsAdminAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.moveConfirm"))("title") };
}

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
  const [settings, format, t] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("admin.moveConfirm"),
  ]);
  const back = `/admin/appointments/${appointment.id}/reschedule`;
  return (
    <ConfirmMove
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      start={start}
      settings={settings}
      back={back}
      currently={t("currently", {
        patient: appointment.patient.user.name,
        doctor: appointment.doctor.user.name,
        when: format.dateTime(appointment.startsAt),
      })}
      hrefFor={(s) => `${back}/confirm?start=${encodeURIComponent(s.toISOString())}`}
    >
      {(slot) => (
        <>
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-lg font-medium" data-testid="new-time">
            {t("newTime", { when: format.dateTime(slot.start) })}
          </p>
          <ConfirmMoveForm
            appointmentId={appointment.id}
            start={slot.start.toISOString()}
            action={rescheduleAppointmentAsAdminAction}
            label={t("submit")}
          />
        </>
      )}
    </ConfirmMove>
  );
}
