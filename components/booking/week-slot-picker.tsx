import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { WeekSlots } from "@/lib/availability/week-slots";
import { getFormat } from "@/lib/language/server";
import { EmptyState } from "@/components/ui/empty-state";
import { DeviceTime, DeviceZoneNote } from "./device-time";

type Props = {
  week: WeekSlots;
  timeZone: string;
  slotHref: (start: Date) => string;
  weekHref: (monday: string) => string;
  /** What a slot link does, as screen readers hear it: book it, or move an appointment to it. */
  purpose: "new" | "move";
};

/** One week of free times, day by day, in the clinic's zone; each time is a link to the next step. */
export async function WeekSlotPicker({ week, timeZone, slotHref, weekHref, purpose }: Props) {
  const [t, format] = await Promise.all([getTranslations("booking.week"), getFormat(timeZone)]);
  const empty = week.days.every((d) => d.slots.length === 0);
  return (
    <section aria-labelledby="slots-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="slots-heading" className="text-lg font-semibold">
          {t("heading", { day: format.day(week.days[0]!.start) })}
        </h2>
        <nav aria-label={t("nav")} className="flex gap-2 text-sm">
          {week.previousWeek ? (
            <Link
              href={weekHref(week.previousWeek)}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
            >
              {t("previous")}
            </Link>
          ) : null}
          {week.nextWeek ? (
            <Link
              href={weekHref(week.nextWeek)}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
            >
              {t("next")}
            </Link>
          ) : null}
        </nav>
      </div>
      <p className="text-sm text-slate-600">{t("zoneNote", { zone: timeZone })}</p>
      <DeviceZoneNote clinicTimeZone={timeZone} />
      {empty ? (
        <EmptyState title={week.nextFree ? t("noneThisWeek") : t("noneInWindow", { weeks: week.windowWeeks })}>
          {week.nextFree ? (
            <Link href={weekHref(week.nextFree.week)} className="font-medium text-teal-800 underline">
              {t("nextFreeLink", { when: format.dateTime(week.nextFree.start) })}
            </Link>
          ) : (
            t("checkLater")
          )}
        </EmptyState>
      ) : (
        <ol className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="slot-days">
          {week.days
            .filter((d) => d.slots.length > 0)
            .map((day) => (
              <li key={day.date} className="rounded-lg border border-slate-200 bg-white p-3">
                <h3 className="mb-2 font-medium">{format.day(day.start)}</h3>
                <ul className="flex flex-wrap gap-2">
                  {day.slots.map((slot) => (
                    <li key={slot.start.toISOString()}>
                      <Link
                        href={slotHref(slot.start)}
                        className="inline-block rounded-md border border-teal-700 px-3 py-1.5 text-sm font-medium text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-700"
                        data-testid="slot"
                        data-start={slot.start.toISOString()}
                        aria-label={t(purpose === "move" ? "moveTo" : "book", { when: format.dateTime(slot.start) })}
                      >
                        {format.time(slot.start)}
                        <DeviceTime iso={slot.start.toISOString()} clinicTimeZone={timeZone} />
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
