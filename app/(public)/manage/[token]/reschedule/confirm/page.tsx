import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { findOfferedSlot, nearestFreeSlots } from "@/lib/availability/service";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { SlotGone } from "@/components/booking/slot-gone";
import { LinkProblemNotice } from "../../../_components/link-problem";
import { confirmHref, loadLink } from "../../../_components/load-link";
import { RescheduleByLinkForm } from "./reschedule-by-link-form";

export const metadata: Metadata = { title: "Confirm the new time", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ConfirmRescheduleByLink({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ start?: string }> }) {
  const [{ token, link }, { start }] = await Promise.all([loadLink(params, "reschedule"), searchParams]);
  if (!link.ok) return <LinkProblemNotice problem={link.problem} />;
  const parsedStart = z.iso.datetime({ offset: true }).safeParse(start);
  if (!parsedStart.success) notFound();
  const { appointment } = link;
  const settings = await getSchedulingSettings();
  const now = new Date();
  const wanted = new Date(parsedStart.data);
  const query = { purpose: "move" as const, excludeAppointmentId: appointment.id };
  const slot = await findOfferedSlot(appointment.doctor.id, settings, now, wanted, query);
  const back = `/manage/${token}/reschedule`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href={back} className="text-sm text-teal-800 underline">← Other times</Link>
      <h1 className="text-2xl font-semibold">Confirm the new time</h1>
      <p className="text-slate-700">Currently: {formatDateTime(appointment.startsAt, settings.timeZone)}</p>
      {slot ? (
        <>
          <AppointmentSummary doctorName={appointment.doctor.user.name} specialty={appointment.doctor.specialty.name} location={appointment.doctor.location} start={slot.start} end={slot.end} timeZone={settings.timeZone} reason={appointment.reason} />
          <RescheduleByLinkForm token={token} start={slot.start.toISOString()} />
        </>
      ) : (
        <SlotGone nearest={await nearestFreeSlots(appointment.doctor.id, settings, now, wanted, query)} timeZone={settings.timeZone} hrefFor={confirmHref(token)} backHref={back} />
      )}
    </div>
  );
}
