import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatLocalDate } from "@/lib/format/datetime";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { getEditableSettings, listHolidays } from "@/lib/settings/queries";
import { SettingsForm } from "./settings-form";
import { Holidays } from "./holidays";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.settings"))("title") };
}

export default async function SettingsPage() {
  await requireRole("ADMIN");
  const [settings, holidays, format, t, tSessions] = await Promise.all([
    getEditableSettings(),
    listHolidays(),
    getFormat(),
    getTranslations("admin.settings"),
    getTranslations("admin.settings.sessions"),
  ]);
  const timeZone = settings?.timeZone ?? "UTC";
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  if (!zones.includes(timeZone)) zones.unshift(timeZone);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <SettingsForm
        timeZones={zones}
        sessionLabels={{ legend: tSessions("legend"), label: tSessions("idleLabel"), hint: tSessions("idleHint") }}
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
          requirePatientMfa: settings?.requirePatientMfa ?? false,
          reminderLeadMinutes: (settings?.reminderLeadMinutes ?? []).join(", "),
          staffIdleMinutes: String(settings?.staffIdleMinutes ?? 30),
        }}
      />
      <section aria-labelledby="holidays-heading" className="space-y-3">
        <h2 id="holidays-heading" className="text-lg font-semibold">
          {t("holidays")}
        </h2>
        <p className="text-sm text-slate-700">{t("holidaysIntro")}</p>
        <Holidays
          holidays={holidays.map((h) => ({
            id: h.id,
            date: h.date.toISOString().slice(0, 10),
            label: formatLocalDate(h.date.toISOString().slice(0, 10), format.locale),
            name: h.name,
          }))}
        />
      </section>
    </div>
  );
}
