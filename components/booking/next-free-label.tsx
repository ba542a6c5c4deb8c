import { formatDateTime } from "@/lib/format/datetime";

export function NextFreeLabel({ start, timeZone }: { start: Date | null; timeZone: string }) {
  return start ? (
    <span className="text-emerald-800">Next free: {formatDateTime(start, timeZone)}</span>
  ) : (
    <span className="text-slate-600">No free time in the booking window</span>
  );
}
