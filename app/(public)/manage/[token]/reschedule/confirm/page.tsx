import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { getFormat } from "@/lib/language/server";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { LinkProblemNotice } from "../../../_components/link-problem";
import { confirmHref, loadLink } from "../../../_components/load-link";
import { RescheduleByLinkForm } from "./reschedule-by-link-form";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations())("booking.move.title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function ConfirmRescheduleByLink({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ start?: string }>;
}) {
  const [{ token, link }, { start }] = await Promise.all([loadLink(params, "reschedule"), searchParams]);
  if (!link.ok) return <LinkProblemNotice problem={link.problem} />;
  const { appointment } = link;
  const [settings, t, format] = await Promise.all([
    getSchedulingSettings(),
    getTranslations("patient.reschedule"),
    getFormat(),
  ]);
  return (
    <ConfirmMove
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      start={start}
      settings={settings}
      back={`/manage/${token}/reschedule`}
      currently={t("currently", { when: format.dateTime(appointment.startsAt) })}
      hrefFor={confirmHref(token)}
    >
      {(slot) => (
        <>
          <AppointmentSummary
            doctorName={appointment.doctor.user.name}
            specialty={appointment.doctor.specialty.name}
            location={appointment.doctor.location}
            start={slot.start}
            end={slot.end}
            timeZone={settings.timeZone}
            reason={appointment.reason}
          />
          <RescheduleByLinkForm token={token} start={slot.start.toISOString()} />
        </>
      )}
    </ConfirmMove>
  );
}
