import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getFreeSlots } from "@/lib/availability/service";
import { getDoctorHours } from "@/lib/doctors/working-hours";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { SlotPreview } from "@/components/doctor/slot-preview";
import { WeeklyHoursEditor } from "@/components/doctor/weekly-hours-editor";
import { saveMyHoursAction } from "../actions";

export const metadata: Metadata = { title: "Availability" };

const WEEK_MS = 7 * 86_400_000;

export default async function AvailabilityPage() {
  const actor = await requireRole("DOCTOR");
  if (!actor.doctorId) notFound();
  const settings = await getSchedulingSettings();
  const now = new Date();
  const [hours, preview] = await Promise.all([
    getDoctorHours(actor, actor.doctorId),
    // "move" ignores the accepting-new-patients switch: the preview shows what the hours give.
    getFreeSlots(actor.doctorId, settings, now, { start: now, end: new Date(now.getTime() + WEEK_MS) }, { purpose: "move" }),
  ]);
  if (!hours) notFound();
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">Availability</h1>
        <p className="text-slate-600">Your weekly hours, appointment length and free times.</p>
      </div>
      <section aria-labelledby="hours-heading" className="space-y-4">
        <h2 id="hours-heading" className="text-lg font-semibold">Weekly hours</h2>
        <WeeklyHoursEditor doctorId={actor.doctorId} initial={hours} action={saveMyHoursAction} timeZone={settings.timeZone} />
      </section>
      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className="text-lg font-semibold">Free times in the coming week</h2>
        <p className="text-sm text-slate-600">What patients are offered now, computed by the booking engine (minimum notice {settings.minNoticeMinutes} minutes).</p>
        <SlotPreview slots={preview} timeZone={settings.timeZone} />
      </section>
    </div>
  );
}
