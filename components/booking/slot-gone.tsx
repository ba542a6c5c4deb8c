import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TimeRange } from "@/lib/scheduling/availability";
import { getFormat } from "@/lib/language/server";

/** Shown on a confirm page whose time is no longer offered, with the nearest free times instead. */
export async function SlotGone({
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
  const [t, format] = await Promise.all([getTranslations("booking.slotGone"), getFormat(timeZone)]);
  return (
    <div
      className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950"
      data-testid="slot-gone"
    >
      <p className="font-medium">{nearest.length ? t("withNearest") : t("none")}</p>
      {nearest.length ? (
        <ul className="flex flex-wrap gap-2">
          {nearest.map((slot) => (
            <li key={slot.start.toISOString()}>
              <Link
                href={hrefFor(slot.start)}
                className="inline-block rounded-md border border-amber-400 bg-white px-3 py-1.5 text-sm font-medium underline-offset-2 hover:underline"
              >
                {format.dateTime(slot.start)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <Link href={backHref} className="text-sm underline">
        {t("seeAll")}
      </Link>
    </div>
  );
}
