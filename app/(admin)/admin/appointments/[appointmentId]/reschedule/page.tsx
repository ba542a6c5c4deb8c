import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getAppointmentForAdmin } from "@/lib/appointments/queries";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { MoveTimePicker } from "@/components/booking/move-time-picker";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.move"))("title") };
}

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
  const [settings, format, t] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("admin.move"),
  ]);
  const base = `/admin/appointments/${appointment.id}`;
  return (
    <MoveTimePicker
      back={{ href: base, label: t("back") }}
      title={t("heading")}
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
      {t("intro", {
        patient: appointment.patient.user.name,
        doctor: appointment.doctor.user.name,
        when: format.dateTime(appointment.startsAt),
      })}
    </MoveTimePicker>
  );
}
