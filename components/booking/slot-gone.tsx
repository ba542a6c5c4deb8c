import Link from "next/link";
import type { TimeRange } from "@/lib/scheduling/availability";
import { formatDateTime } from "@/lib/format/datetime";

/** Shown on a confirm page whose time is no longer offered, with the nearest free times instead. */
export function SlotGone({
  nearest,
  timeZone,
  hrefFor,
  backHref,
}: {
  nearest: TimeRange[];
  timeZone: string;
  hrefFor: (start: Date) => string;
  backHref: string;
}) {
  return (
    <div
      className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950"
      data-testid="slot-gone"
    >
      <p className="font-medium">
        That time is not available any more{nearest.length ? " — here are the nearest free times." : "."}
      </p>
      {nearest.length ? (
        <ul className="flex flex-wrap gap-2">
          {nearest.map((slot) => (
            <li key={slot.start.toISOString()}>
              <Link
                href={hrefFor(slot.start)}
                className="inline-block rounded-md border border-amber-400 bg-white px-3 py-1.5 text-sm font-medium underline-offset-2 hover:underline"
              >
                {formatDateTime(slot.start, timeZone)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <Link href={backHref} className="text-sm underline">
        See all free times
      </Link>
    </div>
  );
}
