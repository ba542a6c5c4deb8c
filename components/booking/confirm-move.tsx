import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findOfferedSlot, nearestFreeSlots } from "@/lib/availability/service";
import { slotStartSchema } from "@/lib/appointments/schemas";
import type { TimeRange } from "@/lib/scheduling/availability";
import type { SchedulingSettings } from "@/lib/settings/queries";
import { SlotGone } from "./slot-gone";

type Props = {
  appointment: { id: string; doctorId: string };
  /** The `start` search parameter as sent: anything but an ISO instant is a 404. */
  start: string | undefined;
  settings: SchedulingSettings;
  /** The time picker to go back to. */
  back: string;
  currently: ReactNode;
  hrefFor: (start: Date) => string;
  /** The new time and the form that takes it, when the time is still offered. */
  children: (slot: TimeRange) => ReactNode;
};

/**
 * Second step of a move, shared by every role's page: checks the chosen time is still offered now
 * (never trusting the link) and shows the form, or the nearest free times when it has gone.
 */
export async function ConfirmMove({ appointment, start, settings, back, currently, hrefFor, children }: Props) {
  const parsed = slotStartSchema.safeParse(start);
  if (!parsed.success) notFound();
  const now = new Date();
  const wanted = new Date(parsed.data);
  const query = { purpose: "move" as const, excludeAppointmentId: appointment.id };
  const [slot, t] = await Promise.all([
    findOfferedSlot(appointment.doctorId, settings, now, wanted, query),
    getTranslations("booking.move"),
  ]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href={back} className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{currently}</p>
      {slot ? (
        children(slot)
      ) : (
        <SlotGone
          nearest={await nearestFreeSlots(appointment.doctorId, settings, now, wanted, query)}
          timeZone={settings.timeZone}
          hrefFor={hrefFor}
          backHref={back}
        />
      )}
    </div>
  );
}
