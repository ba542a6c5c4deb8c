"use client";

import { useSyncExternalStore } from "react";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noSubscription = () => () => {};

/** The same instant in the patient's own time zone, shown only when it differs from the clinic's. */
export function DeviceTime({ iso, clinicTimeZone }: { iso: string; clinicTimeZone: string }) {
  const zone = useSyncExternalStore(noSubscription, deviceZone, () => clinicTimeZone);
  if (zone === clinicTimeZone) return null;
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    weekday: "short",
  }).format(new Date(iso));
  return <span className="block text-xs text-slate-500">{time} your time</span>;
}

/** A note naming both zones when the patient's device is elsewhere. */
export function DeviceZoneNote({ clinicTimeZone }: { clinicTimeZone: string }) {
  const zone = useSyncExternalStore(noSubscription, deviceZone, () => clinicTimeZone);
  if (zone === clinicTimeZone) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="device-zone-note">
      Your device is set to {zone}; each time also shows in your time.
    </p>
  );
}
