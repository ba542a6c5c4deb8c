import type { Metadata } from "next";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { MoveTimePicker } from "@/components/booking/move-time-picker";
import { LinkProblemNotice } from "../../_components/link-problem";
import { confirmHref, loadLink } from "../../_components/load-link";

export const metadata: Metadata = {
  title: "Choose another time",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

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
  const settings = await getSchedulingSettings();
  return (
    <MoveTimePicker
      back={{ href: `/manage/${token}`, label: "← Back" }}
      title="Choose another time"
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
      With {appointment.doctor.user.name}, now on {formatDateTime(appointment.startsAt, settings.timeZone)}. Your
      current time is kept until the new one is secured.
    </MoveTimePicker>
  );
}
