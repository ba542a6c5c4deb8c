import type { TimeRange } from "@/lib/scheduling/availability";
import { formatDay, formatTime } from "@/lib/format/datetime";
import { localDateOf } from "@/lib/scheduling/zoned-day";
import { EmptyState } from "@/components/ui/empty-state";

/** The free times patients would be offered, day by day (read-only). */
export function SlotPreview({ slots, timeZone }: { slots: TimeRange[]; timeZone: string }) {
  if (slots.length === 0)
    return <EmptyState title="No free times in the coming week">Add working hours, or check your leave.</EmptyState>;
  const days = new Map<string, TimeRange[]>();
  for (const slot of slots) {
    const date = localDateOf(slot.start, timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return (
    <ol className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="slot-preview">
      {[...days.values()].map((daySlots) => (
        <li key={daySlots[0]!.start.toISOString()} className="rounded-lg border border-slate-200 bg-white p-3">
          <h3 className="font-medium">{formatDay(daySlots[0]!.start, timeZone)}</h3>
          <p className="text-sm text-slate-600">{daySlots.length} free</p>
          <p className="mt-1 text-sm text-slate-800">{daySlots.map((s) => formatTime(s.start, timeZone)).join(", ")}</p>
        </li>
      ))}
    </ol>
  );
}
