"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/format/datetime";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noSubscription = () => () => {};
const DEVICE_TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", weekday: "short" };

/** The same instant in the patient's own time zone, shown only when it differs from the clinic's. */
export function DeviceTime({ iso, clinicTimeZone }: { iso: string; clinicTimeZone: string }) {
  const zone = useSyncExternalStore(noSubscription, deviceZone, () => clinicTimeZone);
  const t = useTranslations("client.patient");
  const intl = useTranslations("meta")("intl");
  if (zone === clinicTimeZone) return null;
  const time = dateTimeFormat(intl, zone, DEVICE_TIME).format(new Date(iso));
  return <span className="block text-xs text-slate-500">{t("yourTime", { time })}</span>;
}

/** A note naming both zones when the patient's device is elsewhere. */
export function DeviceZoneNote({ clinicTimeZone }: { clinicTimeZone: string }) {
  const zone = useSyncExternalStore(noSubscription, deviceZone, () => clinicTimeZone);
  const t = useTranslations("client.patient");
  if (zone === clinicTimeZone) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="device-zone-note">
      {t("deviceZone", { zone })}
    </p>
  );
}
