import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { requireDoctorAppointment } from "@/lib/appointments/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { MoveTimePicker } from "@/components/booking/move-time-picker";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("doctor.move"))("title") };
}

export default async function DoctorReschedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ week?: string }>;
}) {
  const actor = await requireRole("DOCTOR");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  const appointment = await requireDoctorAppointment(actor, appointmentId);
  const [settings, format, t] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("doctor.move"),
  ]);
  return (
    <MoveTimePicker
      back={{ href: `/doctor/appointments/${appointment.id}`, label: t("back") }}
      title={t("heading", { name: appointment.patient.user.name })}
      decision={appointmentPolicy.decide(actor, "appointment.reschedule", {
        ...appointment,
        settings,
        now: new Date(),
      })}
      appointment={appointment}
      settings={settings}
      week={week}
      slotHref={rescheduleLink(appointment.id, "DOCTOR")}
      weekHref={(monday) => `/doctor/appointments/${appointment.id}/reschedule?week=${monday}`}
    >
      {t("intro", { when: format.dateTime(appointment.startsAt) })}
    </MoveTimePicker>
  );
}
