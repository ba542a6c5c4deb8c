import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listPatientAppointments } from "@/lib/appointments/queries";
import { getClinicSettings, getSchedulingSettings, type SchedulingSettings } from "@/lib/settings/queries";
import { appointmentPolicy } from "@/lib/appointments/policy";
import type { Actor } from "@/lib/auth/session";
import { getFormat } from "@/lib/language/server";
import type { Formatters } from "@/lib/i18n/formatters";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/appointments/status-badge";

export const metadata: Metadata = { title: "My appointments" };

type Row = Awaited<ReturnType<typeof listPatientAppointments>>["upcoming"][number];

function AppointmentList({
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
                Reschedule<span className="sr-only"> the visit on {format.dateTime(a.startsAt)}</span>
              </Link>
            ) : null}
            {can("appointment.cancel", a) ? (
              <Link
                href={`/patient/appointments/${a.id}#change-heading`}
                className="text-sm font-medium text-red-800 underline"
              >
                Cancel<span className="sr-only"> the visit on {format.dateTime(a.startsAt)}</span>
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
  const [{ welcome }, clinic, settings, format] = await Promise.all([
    searchParams,
    getClinicSettings(),
    getSchedulingSettings(),
    getFormat(),
  ]);
  const { upcoming, past } = actor.patientId
    ? await listPatientAppointments(actor.patientId, new Date())
    : { upcoming: [], past: [] };
  return (
    <div className="space-y-8">
      {welcome ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900">
          Welcome, {actor.name}. Your account is ready.
        </p>
      ) : null}
      <div>
        <h1 className="text-2xl font-semibold">Hello, {actor.name}</h1>
        <p className="text-slate-600">Times are shown in the clinic&apos;s time zone ({clinic.timeZone}).</p>
      </div>
      <Link
        href="/patient/doctors"
        className="inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
      >
        Book an appointment
      </Link>
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Upcoming appointments
        </h2>
        {upcoming.length ? (
          <AppointmentList
            rows={upcoming}
            format={format}
            testId="upcoming-appointments"
            controls={{ actor, settings, now: new Date() }}
          />
        ) : (
          <EmptyState title="No upcoming appointments">
            <Link href="/patient/doctors" className="font-medium text-teal-800 underline">
              Find a doctor and book a visit
            </Link>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold">
          Past and cancelled visits
        </h2>
        {past.length ? (
          <AppointmentList rows={past} format={format} testId="past-appointments" />
        ) : (
          <EmptyState title="No past visits yet" />
        )}
      </section>
    </div>
  );
}
