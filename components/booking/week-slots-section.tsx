import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { loadWeekSlots } from "@/lib/availability/week-slots";
import type { Purpose } from "@/lib/availability/service";
import type { SchedulingSettings } from "@/lib/settings/queries";
import { WeekSlotPicker } from "./week-slot-picker";

type Props = {
  doctorId: string;
  settings: SchedulingSettings;
  week: string | undefined;
  query: { purpose: Purpose; excludeAppointmentId?: string };
  slotHref: (start: Date) => string;
  weekHref: (monday: string) => string;
};

async function LoadedWeek({ doctorId, settings, week, query, ...picker }: Props) {
  const slots = await loadWeekSlots(doctorId, settings, new Date(), week, query);
  return <WeekSlotPicker week={slots} timeZone={settings.timeZone} purpose={query.purpose} {...picker} />;
}

/**
 * The free times stream in behind a placeholder. The page decides 404 before this boundary, so
 * streaming never hides a "not found" status.
 */
export async function WeekSlotsSection(props: Props) {
  const t = await getTranslations("booking.week");
  return (
    <Suspense
      key={props.week ?? "current"}
      fallback={
        <div role="status" aria-live="polite" className="space-y-3">
          <span className="sr-only">{t("loading")}</span>
          <div className="h-7 w-72 animate-pulse rounded bg-slate-200" />
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="h-48 animate-pulse rounded-lg bg-slate-200" />
            ))}
          </div>
        </div>
      }
    >
      <LoadedWeek {...props} />
    </Suspense>
  );
}
