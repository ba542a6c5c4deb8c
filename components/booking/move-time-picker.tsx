import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { translateMessage } from "@/lib/i18n/message";
import type { Decision } from "@/lib/policy/define";
import type { SchedulingSettings } from "@/lib/settings/queries";
import { WeekSlotsSection } from "./week-slots-section";

type Props = {
  back: { href: string; label: string };
  title: string;
  /** Who and when now, in the words of the page's reader. */
  children: ReactNode;
  decision: Decision;
  appointment: { id: string; doctorId: string };
  settings: SchedulingSettings;
  week: string | undefined;
  slotHref: (start: Date) => string;
  weekHref: (monday: string) => string;
};

/**
 * "Choose another time" for an existing appointment, shared by the patient, doctor, admin and
 * emailed-link pages: the free times of its doctor (its own time counts as free), or why not.
 */
export async function MoveTimePicker({
  back,
  title,
  children,
  decision,
  appointment,
  settings,
  week,
  slotHref,
  weekHref,
}: Props) {
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <Link href={back.href} className="text-sm text-teal-800 underline">
        {back.label}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-slate-700">{children}</p>
      </div>
      {decision.allowed ? (
        <WeekSlotsSection
          doctorId={appointment.doctorId}
          settings={settings}
          week={week}
          query={{ purpose: "move", excludeAppointmentId: appointment.id }}
          slotHref={slotHref}
          weekHref={weekHref}
        />
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950" data-testid="change-refused">
          {translateMessage(t, decision.reason)}
        </p>
      )}
    </div>
  );
}
