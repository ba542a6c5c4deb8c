import type { TimeRange } from "@/lib/scheduling/availability";
import { getTranslations } from "next-intl/server";
import type { Formatters } from "@/lib/i18n/formatters";
import { localDateOf } from "@/lib/scheduling/zoned-day";
import { EmptyState } from "@/components/ui/empty-state";

/** The free times patients would be offered, day by day (read-only). */
export async function SlotPreview({
  slots,
  timeZone,
  format,
}: {
  slots: TimeRange[];
  timeZone: string;
  format: Formatters;
}) {
  const t = await getTranslations("doctor.slotPreview");
  if (slots.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  const days = new Map<string, TimeRange[]>();
  for (const slot of slots) {
    const date = localDateOf(slot.start, timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return (
    <ol className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="slot-preview">
      {[...days.values()].map((daySlots) => (
        <li key={daySlots[0]!.start.toISOString()} className="rounded-lg border border-slate-200 bg-white p-3">
          <h3 className="font-medium">{format.day(daySlots[0]!.start)}</h3>
          <p className="text-sm text-slate-600">{t("free", { count: daySlots.length })}</p>
          <p className="mt-1 text-sm text-slate-800">
            {daySlots.map((s) => format.time(s.start)).join(t("separator"))}
          </p>
        </li>
      ))}
    </ol>
  );
}
