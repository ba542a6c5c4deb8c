import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { requirePatientAppointment } from "@/lib/appointments/queries";
import { rescheduleLink } from "@/lib/appointments/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { getFormat } from "@/lib/language/server";
import { MoveTimePicker } from "@/components/booking/move-time-picker";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("patient.reschedule"))("title") };
}

export default async function ReschedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ week?: string }>;
}) {
  const actor = await requireRole("PATIENT");
  const [{ appointmentId }, { week }] = await Promise.all([params, searchParams]);
  const appointment = await requirePatientAppointment(actor, appointmentId);
  const [settings, t, format] = await Promise.all([
    getSchedulingSettings(),
    getTranslations("patient.reschedule"),
    getFormat(),
  ]);
  return (
    <MoveTimePicker
      back={{ href: `/patient/appointments/${appointment.id}`, label: t("back") }}
      title={t("title")}
      decision={appointmentPolicy.decide(actor, "appointment.reschedule", {
        ...appointment,
        settings,
        now: new Date(),
      })}
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      settings={settings}
      week={week}
      slotHref={rescheduleLink(appointment.id)}
      weekHref={(monday) => `/patient/appointments/${appointment.id}/reschedule?week=${monday}`}
    >
      {t("current", { doctor: appointment.doctor.user.name, when: format.dateTime(appointment.startsAt) })}
    </MoveTimePicker>
  );
}
