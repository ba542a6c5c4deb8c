import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listPatientAppointments } from "@/lib/appointments/queries";
import { getClinicSettings, getSchedulingSettings, type SchedulingSettings } from "@/lib/settings/queries";
import { appointmentPolicy } from "@/lib/appointments/policy";
import type { Actor } from "@/lib/auth/session";
import { getFormat } from "@/lib/language/server";
import type { Formatters } from "@/lib/i18n/formatters";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/appointments/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("patient.overview"))("title") };
}

type Row = Awaited<ReturnType<typeof listPatientAppointments>>["upcoming"][number];

async function AppointmentList({
  rows,
  format,
  testId,
  controls,
}: {
  rows: Row[];
  format: Formatters;
  testId: string;
  controls?: { actor: Actor; settings: SchedulingSettings; now: Date };
}) {
  const t = await getTranslations("patient.overview");
  const can = (action: "appointment.cancel" | "appointment.reschedule", a: Row) =>
    controls ? appointmentPolicy.can(controls.actor, action, { ...a, ...controls }) : false;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      {rows.map((a) => (
        <li key={a.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <Link href={`/patient/appointments/${a.id}`} className="font-medium text-teal-800 hover:underline">
              {format.dateTime(a.startsAt)}
            </Link>
            <p className="text-sm text-slate-600">
              {a.doctor.user.name} · {a.doctor.specialty.name}
              {a.doctor.location ? ` · ${a.doctor.location}` : ""}
            </p>
            <p className="text-sm text-slate-600">{a.reason}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3 sm:justify-end">
            <StatusBadge status={a.status} />
            {can("appointment.reschedule", a) ? (
              <Link
                href={`/patient/appointments/${a.id}/reschedule`}
                className="text-sm font-medium text-teal-800 underline"
              >
                {t("reschedule")}
                <span className="sr-only">{t("theVisitOn", { when: format.dateTime(a.startsAt) })}</span>
              </Link>
            ) : null}
            {can("appointment.cancel", a) ? (
              <Link
                href={`/patient/appointments/${a.id}#change-heading`}
                className="text-sm font-medium text-red-800 underline"
              >
                {t("cancel")}
                <span className="sr-only">{t("theVisitOn", { when: format.dateTime(a.startsAt) })}</span>
              </Link>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function PatientHome({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const actor = await requireRole("PATIENT");
  const [{ welcome }, clinic, settings, format, t] = await Promise.all([
    searchParams,
    getClinicSettings(),
    getSchedulingSettings(),
    getFormat(),
    getTranslations("patient.overview"),
  ]);
  const { upcoming, past } = actor.patientId
    ? await listPatientAppointments(actor.patientId, new Date())
    : { upcoming: [], past: [] };
  return (
    <div className="space-y-8">
      {welcome ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900">
          {t("welcome", { name: actor.name })}
        </p>
      ) : null}
      <div>
        <h1 className="text-2xl font-semibold">{t("hello", { name: actor.name })}</h1>
        <p className="text-slate-600">{t("zoneNote", { zone: clinic.timeZone })}</p>
      </div>
      <Link
        href="/patient/doctors"
        className="inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
      >
        {t("book")}
      </Link>
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          {t("upcoming")}
        </h2>
        {upcoming.length ? (
          <AppointmentList
            rows={upcoming}
            format={format}
            testId="upcoming-appointments"
            controls={{ actor, settings, now: new Date() }}
          />
        ) : (
          <EmptyState title={t("noUpcoming")}>
            <Link href="/patient/doctors" className="font-medium text-teal-800 underline">
              {t("findAndBook")}
            </Link>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold">
          {t("past")}
        </h2>
        {past.length ? (
          <AppointmentList rows={past} format={format} testId="past-appointments" />
        ) : (
          <EmptyState title={t("noPast")} />
        )}
      </section>
    </div>
  );
}
