import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { countDoctorWorkload, listDoctorAppointments } from "@/lib/appointments/queries";
import { getClinicSettings } from "@/lib/settings/queries";
import { listPendingRequests } from "@/lib/appointments/queries";
import { getFormat } from "@/lib/language/server";
import { dayBounds, weekBounds } from "@/lib/scheduling/zoned-day";
import { EmptyState } from "@/components/ui/empty-state";
import { StatCard } from "@/components/ui/stat-card";
import { StatusBadge } from "@/components/appointments/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("doctor.overview"))("title") };
}

export default async function DoctorHome() {
  const actor = await requireRole("DOCTOR");
  const [clinic, format, t] = await Promise.all([getClinicSettings(), getFormat(), getTranslations("doctor.overview")]);
  const now = new Date();
  const today = dayBounds(now, clinic.timeZone);
  const [agenda, workload, requests] = actor.doctorId
    ? await Promise.all([
        listDoctorAppointments(actor.doctorId, today),
        countDoctorWorkload(actor.doctorId, weekBounds(now, clinic.timeZone)),
        listPendingRequests(actor.doctorId, now),
      ])
    : [[], { thisWeek: 0, awaitingConfirmation: 0 }, []];
  const live = agenda.filter((a) => a.status === "CONFIRMED" || a.status === "PENDING");
  const next = live.find((a) => a.endsAt > now);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{format.day(now)}</h1>
        <p className="text-slate-600">{t("greeting", { name: actor.name })}</p>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <StatCard label={t("today")} value={format.number(live.length)} testId="count-today" />
        <StatCard label={t("thisWeek")} value={format.number(workload.thisWeek)} testId="count-week" />
        <StatCard
          label={t("awaitingYou")}
          value={format.number(workload.awaitingConfirmation)}
          testId="count-pending"
        />
      </div>
      <section aria-labelledby="next-heading" className="space-y-2">
        <h2 id="next-heading" className="text-lg font-semibold">
          {t("nextPatient")}
        </h2>
        {next ? (
          <p className="rounded-lg border border-teal-200 bg-teal-50 px-4 py-3" data-testid="next-patient">
            <span className="font-medium">{format.time(next.startsAt)}</span> —{" "}
            <Link href={`/doctor/appointments/${next.id}`} className="font-medium text-teal-900 underline">
              {next.patient.user.name}
            </Link>
            : {next.reason}
          </p>
        ) : (
          <EmptyState title={t("noMorePatients")} />
        )}
      </section>
      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-lg font-semibold">
          {t("requests")}
        </h2>
        {requests.length ? (
          <ul
            className="divide-y divide-slate-200 rounded-lg border border-amber-200 bg-white"
            data-testid="pending-requests"
          >
            {requests.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <p className="font-medium">
                    {format.dateTime(r.startsAt)} · {r.patient.user.name}
                  </p>
                  <p className="text-sm text-slate-600">{r.reason}</p>
                </div>
                <Link href={`/doctor/appointments/${r.id}`} className="text-sm font-semibold text-teal-800 underline">
                  {t("review")}
                  <span className="sr-only"> {t("reviewFrom", { name: r.patient.user.name })}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noRequests")} />
        )}
      </section>
      <section aria-labelledby="agenda-heading" className="space-y-3">
        <h2 id="agenda-heading" className="text-lg font-semibold">
          {t("agenda")}
        </h2>
        {agenda.length ? (
          <ol
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
            data-testid="today-agenda"
          >
            {agenda.map((a) => (
              <li key={a.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link
                    href={`/doctor/appointments/${a.id}`}
                    className="font-medium text-teal-900 underline-offset-2 hover:underline"
                  >
                    {format.time(a.startsAt)}–{format.time(a.endsAt)} · {a.patient.user.name}
                  </Link>
                  <p className="text-sm text-slate-600">{a.reason}</p>
                </div>
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState title={t("noAppointments")} />
        )}
      </section>
    </div>
  );
}
