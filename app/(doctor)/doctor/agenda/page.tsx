import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listDoctorAppointments } from "@/lib/appointments/queries";
import { formatDay, formatTime } from "@/lib/format/datetime";
import { agendaRange, parseLocalDate, type AgendaView } from "@/lib/scheduling/agenda-range";
import { localDateOf } from "@/lib/scheduling/zoned-day";
import { getClinicSettings } from "@/lib/settings/queries";
import { PrintButton } from "@/components/doctor/print-button";
import { STATUS } from "@/components/appointments/status";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/appointments/status-badge";

export const metadata: Metadata = { title: "Agenda" };

type Appointment = Awaited<ReturnType<typeof listDoctorAppointments>>[number];

const pill = (active: boolean) =>
  `rounded-md border px-3 py-1.5 text-sm font-medium ${active ? "border-teal-700 bg-teal-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`;

function AppointmentItem({ a, timeZone, compact }: { a: Appointment; timeZone: string; compact: boolean }) {
  return (
    <li className={`border-s-4 bg-white px-3 py-2 ${STATUS[a.status].accent}`} data-status={a.status}>
      <Link
        href={`/doctor/appointments/${a.id}`}
        className="font-medium text-teal-900 underline-offset-2 hover:underline"
      >
        {formatTime(a.startsAt, timeZone)}–{formatTime(a.endsAt, timeZone)} · {a.patient.user.name}
      </Link>
      <p className={`text-sm text-slate-700 ${compact ? "line-clamp-2" : ""}`}>{a.reason}</p>
      <StatusBadge status={a.status} />
    </li>
  );
}

export default async function AgendaPage({
  searchParams,
}: {
  searchParams: Promise<{ view?: string; date?: string }>;
}) {
  const actor = await requireRole("DOCTOR");
  const [query, clinic] = await Promise.all([searchParams, getClinicSettings()]);
  const tz = clinic.timeZone;
  const today = localDateOf(new Date(), tz);
  const view: AgendaView = query.view === "week" ? "week" : "day";
  const range = agendaRange(view, parseLocalDate(query.date, today), tz);
  const appointments = actor.doctorId ? await listDoctorAppointments(actor.doctorId, range.interval) : [];
  const byDay = range.days.map((day) => ({
    ...day,
    items: appointments.filter((a) => localDateOf(a.startsAt, tz) === day.date),
  }));
  const href = (v: AgendaView, date: string) => `/doctor/agenda?view=${v}&date=${date}`;
  const title = view === "day" ? formatDay(range.interval.start, tz) : `Week of ${formatDay(range.interval.start, tz)}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="agenda-title">
            {title}
          </h1>
          <p className="text-sm text-slate-600">
            Times in {tz}. {appointments.length} appointment{appointments.length === 1 ? "" : "s"}.
          </p>
        </div>
        <PrintButton label={view === "day" ? "Print day list" : "Print week"} />
      </div>
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <nav aria-label="View" className="flex gap-2">
          <Link
            href={href("day", range.date)}
            className={pill(view === "day")}
            aria-current={view === "day" ? "page" : undefined}
          >
            Day
          </Link>
          <Link
            href={href("week", range.date)}
            className={pill(view === "week")}
            aria-current={view === "week" ? "page" : undefined}
          >
            Week
          </Link>
        </nav>
        <nav aria-label="Dates" className="flex gap-2">
          <Link href={href(view, range.previous)} className={pill(false)}>
            ← Previous
          </Link>
          <Link href={href(view, today)} className={pill(false)}>
            Today
          </Link>
          <Link href={href(view, range.next)} className={pill(false)}>
            Next →
          </Link>
        </nav>
        <form action="/doctor/agenda" className="flex items-end gap-2">
          <input type="hidden" name="view" value={view} />
          <label className="text-sm">
            <span className="sr-only">Go to date</span>
            <input
              type="date"
              name="date"
              defaultValue={range.date}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            />
          </label>
          <button type="submit" className={pill(false)}>
            Go
          </button>
        </form>
      </div>
      {view === "day" ? (
        byDay[0]!.items.length ? (
          <ol className="space-y-2" data-testid="agenda-list">
            {byDay[0]!.items.map((a) => (
              <AppointmentItem key={a.id} a={a} timeZone={tz} compact={false} />
            ))}
          </ol>
        ) : (
          <EmptyState title="No appointments on this day" />
        )
      ) : (
        <ol className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-7" data-testid="agenda-week">
          {byDay.map((day) => (
            <li key={day.date} className="rounded-lg border border-slate-200 bg-slate-50 p-2">
              <h2 className="mb-2 text-sm font-semibold">
                <Link href={href("day", day.date)} className="hover:underline">
                  {formatDay(day.interval.start, tz)}
                </Link>
              </h2>
              {day.items.length ? (
                <ol className="space-y-2">
                  {day.items.map((a) => (
                    <AppointmentItem key={a.id} a={a} timeZone={tz} compact />
                  ))}
                </ol>
              ) : (
                <p className="text-sm text-slate-600">Nothing booked</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
