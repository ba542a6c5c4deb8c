import type { Metadata } from "next";
import Link from "next/link";
import { patientDecision } from "@/lib/booking/decide";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { WeekSlotsSection } from "@/components/booking/week-slots-section";
import { LinkProblemNotice } from "../../_components/link-problem";
import { confirmHref, loadLink } from "../../_components/load-link";

export const metadata: Metadata = { title: "Choose another time", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function RescheduleByLinkPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ week?: string }> }) {
  const [{ token, link }, { week }] = await Promise.all([loadLink(params, "reschedule"), searchParams]);
  if (!link.ok) return <LinkProblemNotice problem={link.problem} />;
  const { appointment } = link;
  const settings = await getSchedulingSettings();
  const decision = patientDecision("reschedule", appointment, settings);
  return (
    <div className="space-y-6">
      <Link href={`/manage/${token}`} className="text-sm text-teal-800 underline">← Back</Link>
      <div>
        <h1 className="text-2xl font-semibold">Choose another time</h1>
        <p className="text-slate-700">
          With {appointment.doctor.user.name}, now on {formatDateTime(appointment.startsAt, settings.timeZone)}. Your current time is kept until the new one is secured.
        </p>
      </div>
      {decision.allowed ? (
        <WeekSlotsSection
          doctorId={appointment.doctor.id}
          settings={settings}
          week={week}
          query={{ purpose: "move", excludeAppointmentId: appointment.id }}
          slotHref={confirmHref(token)}
          weekHref={(monday) => `/manage/${token}/reschedule?week=${monday}`}
          verb="Move to"
        />
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950" data-testid="change-refused">{decision.reason}</p>
      )}
    </div>
  );
}
