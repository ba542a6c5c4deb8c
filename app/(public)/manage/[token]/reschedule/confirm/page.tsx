import type { Metadata } from "next";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { ConfirmMove } from "@/components/booking/confirm-move";
import { LinkProblemNotice } from "../../../_components/link-problem";
import { confirmHref, loadLink } from "../../../_components/load-link";
import { RescheduleByLinkForm } from "./reschedule-by-link-form";

export const metadata: Metadata = {
  title: "Confirm the new time",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

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
  const settings = await getSchedulingSettings();
  return (
    <ConfirmMove
      appointment={{ id: appointment.id, doctorId: appointment.doctor.id }}
      start={start}
      settings={settings}
      back={`/manage/${token}/reschedule`}
      currently={`Currently: ${formatDateTime(appointment.startsAt, settings.timeZone)}`}
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
