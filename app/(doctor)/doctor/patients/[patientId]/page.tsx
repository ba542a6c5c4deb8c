import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getPatientRecordForDoctor } from "@/lib/patients/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { ageOn } from "@/lib/patients/age";
import { localDateOf } from "@/lib/scheduling/zoned-day";
import { getClinicSettings } from "@/lib/settings/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/appointments/status-badge";

export const metadata: Metadata = { title: "Patient" };

const bloodGroups: Record<string, string> = {
  A_POS: "A+",
  A_NEG: "A−",
  B_POS: "B+",
  B_NEG: "B−",
  AB_POS: "AB+",
  AB_NEG: "AB−",
  O_POS: "O+",
  O_NEG: "O−",
};

type Visit = NonNullable<Awaited<ReturnType<typeof getPatientRecordForDoctor>>>["appointments"][number];

function VisitList({ visits, timeZone, testId }: { visits: Visit[]; timeZone: string; testId: string }) {
  return (
    <ul className="space-y-3" data-testid={testId}>
      {visits.map((v) => (
        <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/doctor/appointments/${v.id}`} className="font-medium text-teal-800 underline">
              {formatDateTime(v.startsAt, timeZone)}
            </Link>
            <StatusBadge status={v.status} />
          </div>
          <p className="text-sm text-slate-700">{v.reason}</p>
          {v.notes.map((note) => (
            <blockquote key={note.id} className="mt-2 border-s-4 border-teal-200 ps-3 text-sm">
              <p className="whitespace-pre-line">{note.body}</p>
              <footer className="text-xs text-slate-600">
                {note.author.name}, {formatDateTime(note.updatedAt, timeZone)}
              </footer>
            </blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}

export default async function DoctorPatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const actor = await requireRole("DOCTOR");
  const { patientId } = await params;
  if (!z.uuid().safeParse(patientId).success) notFound();
  const record = await getPatientRecordForDoctor(actor, patientId);
  if (!record) forbidden();
  const clinic = await getClinicSettings();
  const tz = clinic.timeZone;
  const now = new Date();
  const { patient, appointments } = record;
  const upcoming = appointments
    .filter((a) => a.startsAt >= now && (a.status === "PENDING" || a.status === "CONFIRMED"))
    .reverse();
  const past = appointments.filter((a) => !upcoming.includes(a));
  const age = ageOn(patient.dateOfBirth.toISOString().slice(0, 10), localDateOf(now, tz));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{patient.user.name}</h1>
        <p className="text-slate-600">Your patient record view. Opening it is recorded in the audit trail.</p>
      </div>
      <dl
        className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[max-content_1fr]"
        data-testid="patient-facts"
      >
        <dt className="font-medium text-slate-600">Age</dt>
        <dd>
          {age} (born {patient.dateOfBirth.toISOString().slice(0, 10)})
        </dd>
        <dt className="font-medium text-slate-600">Blood group</dt>
        <dd>{patient.bloodGroup ? bloodGroups[patient.bloodGroup] : "Not recorded"}</dd>
        <dt className="font-medium text-slate-600">Allergies</dt>
        <dd>{patient.allergies || "None recorded"}</dd>
        <dt className="font-medium text-slate-600">Medical history</dt>
        <dd className="whitespace-pre-line">{patient.medicalHistory || "None recorded"}</dd>
        <dt className="font-medium text-slate-600">Contact</dt>
        <dd>
          {patient.phone} · {patient.user.email}
        </dd>
      </dl>
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Upcoming with you
        </h2>
        {upcoming.length ? (
          <VisitList visits={upcoming} timeZone={tz} testId="patient-upcoming" />
        ) : (
          <EmptyState title="No upcoming appointments with you" />
        )}
      </section>
      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-lg font-semibold">
          Past visits with you
        </h2>
        {past.length ? (
          <VisitList visits={past} timeZone={tz} testId="patient-past" />
        ) : (
          <EmptyState title="No past visits yet" />
        )}
      </section>
    </div>
  );
}
