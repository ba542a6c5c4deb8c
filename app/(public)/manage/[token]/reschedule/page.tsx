import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { getFormat } from "@/lib/language/server";
import { MoveTimePicker } from "@/components/booking/move-time-picker";
import { LinkProblemNotice } from "../../_components/link-problem";
import { confirmHref, loadLink } from "../../_components/load-link";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations())("patient.reschedule.title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function RescheduleByLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ week?: string }>;
}) {
  const [{ token, link }, { week }] = await Promise.all([loadLink(params, "reschedule"), searchParams]);
  if (!link.ok) return <LinkProblemNotice problem={link.problem} />;
  const { appointment, actor } = link;
  const [settings, t, tManage, format] = await Promise.all([
    getSchedulingSettings(),
    getTranslations("patient.reschedule"),
    getTranslations("public.manage"),
    getFormat(),
  ]);
  return (
    <MoveTimePicker
      back={{ href: `/manage/${token}`, label: tManage("back") }}
      title={t("title")}
      decision={appointmentPolicy.decide(actor, "appointment.reschedule", {
        ...appointment,
        settings,
        now: new Date(),
      })}
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      settings={settings}
      week={week}
      slotHref={confirmHref(token)}
      weekHref={(monday) => `/manage/${token}/reschedule?week=${monday}`}
    >
      {t("current", { doctor: appointment.doctor.user.name, when: format.dateTime(appointment.startsAt) })}
    </MoveTimePicker>
  );
}
