import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getFreeSlots } from "@/lib/availability/service";
import { listCurrentLeave } from "@/lib/doctors/leave";
import { getDoctorHours } from "@/lib/doctors/working-hours";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { SlotPreview } from "@/components/doctor/slot-preview";
import { AddLeaveForm, DeleteLeaveForm } from "@/components/doctor/leave-forms";
import { WeeklyHoursEditor } from "@/components/doctor/weekly-hours-editor";
import { EmptyState } from "@/components/ui/empty-state";
import { addLeaveAction, deleteLeaveAction, saveMyHoursAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("doctor.availability"))("title") };
}

const WEEK_MS = 7 * 86_400_000;

export default async function AvailabilityPage() {
  const actor = await requireRole("DOCTOR");
  if (!actor.doctorId) notFound();
  const [settings, format, t] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("doctor.availability"),
  ]);
  const now = new Date();
  const [hours, leave, preview] = await Promise.all([
    getDoctorHours(actor, actor.doctorId),
    listCurrentLeave(actor, actor.doctorId, now),
    // "move" ignores the accepting-new-patients switch: the preview shows what the hours give.
    getFreeSlots(
      actor.doctorId,
      settings,
      now,
      { start: now, end: new Date(now.getTime() + WEEK_MS) },
      { purpose: "move" },
    ),
  ]);
  if (!hours) notFound();
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </div>
      <section aria-labelledby="hours-heading" className="space-y-4">
        <h2 id="hours-heading" className="text-lg font-semibold">
          {t("hours")}
        </h2>
        <WeeklyHoursEditor
          doctorId={actor.doctorId}
          initial={hours}
          action={saveMyHoursAction}
          timeZone={settings.timeZone}
        />
      </section>
      <section aria-labelledby="leave-heading" className="space-y-4">
        <h2 id="leave-heading" className="text-lg font-semibold">
          {t("leave")}
        </h2>
        {leave.length ? (
          <ul
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
            data-testid="leave-list"
          >
            {leave.map((l) => {
              const label = t("leaveRange", { start: format.dateTime(l.startsAt), end: format.dateTime(l.endsAt) });
              return (
                <li key={l.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-medium">{label}</p>
                    {l.note ? <p className="text-sm text-slate-600">{l.note}</p> : null}
                  </div>
                  <DeleteLeaveForm leaveId={l.id} label={label} action={deleteLeaveAction} />
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState title={t("noLeave")} />
        )}
        <AddLeaveForm doctorId={actor.doctorId} action={addLeaveAction} />
      </section>
      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t("preview")}
        </h2>
        <p className="text-sm text-slate-600">
          {t("previewIntro", { minutes: format.number(settings.minNoticeMinutes) })}
        </p>
        <SlotPreview slots={preview} timeZone={settings.timeZone} format={format} />
      </section>
    </div>
  );
}
