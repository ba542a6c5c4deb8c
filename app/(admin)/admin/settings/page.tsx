import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { getEditableSettings, listHolidays } from "@/lib/settings/queries";
import { SettingsForm } from "./settings-form";
import { Holidays } from "./holidays";

export const metadata: Metadata = { title: "Clinic settings" };

const dateLabel = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(d);

export default async function SettingsPage() {
  await requireRole("ADMIN");
  const [settings, holidays, t] = await Promise.all([
    getEditableSettings(),
    listHolidays(),
    getTranslations("admin.settings.sessions"),
  ]);
  const timeZone = settings?.timeZone ?? "UTC";
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  if (!zones.includes(timeZone)) zones.unshift(timeZone);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">Clinic settings</h1>
        <p className="text-slate-700">
          Changes apply to the next booking, move or cancellation; nothing needs restarting.
        </p>
      </div>
      <SettingsForm
        timeZones={zones}
        sessionLabels={{ legend: t("legend"), label: t("idleLabel"), hint: t("idleHint") }}
        defaults={{
          name: settings?.name ?? "",
          address: settings?.address ?? "",
          phone: settings?.phone ?? "",
          email: settings?.email ?? "",
          timeZone,
          cancellationCutoffHours: String(settings?.cancellationCutoffHours ?? 24),
          minNoticeMinutes: String(settings?.minNoticeMinutes ?? 120),
          bookingWindowDays: String(settings?.bookingWindowDays ?? 60),
          requireDoctorConfirmation: settings?.requireDoctorConfirmation ?? false,
          reminderLeadMinutes: (settings?.reminderLeadMinutes ?? []).join(", "),
          staffIdleMinutes: String(settings?.staffIdleMinutes ?? 30),
        }}
      />
      <section aria-labelledby="holidays-heading" className="space-y-3">
        <h2 id="holidays-heading" className="text-lg font-semibold">
          Holidays
        </h2>
        <p className="text-sm text-slate-700">
          The clinic is closed on these local dates: no free times are offered. Existing appointments on them are not
          cancelled automatically.
        </p>
        <Holidays
          holidays={holidays.map((h) => ({
            id: h.id,
            date: h.date.toISOString().slice(0, 10),
            label: dateLabel(h.date),
            name: h.name,
          }))}
        />
      </section>
    </div>
  );
}
