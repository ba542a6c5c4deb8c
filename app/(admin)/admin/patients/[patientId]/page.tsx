import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { readPatientForAdmin } from "@/lib/patients/queries";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { StatusBadge } from "@/components/appointments/status-badge";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.patient"))("title") };
}

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

export default async function PatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const actor = await requireRole("ADMIN");
  const { patientId } = await params;
  if (!z.uuid().safeParse(patientId).success) notFound();
  const found = await readPatientForAdmin(actor, patientId);
  if (!found) notFound();
  const { patient, appointments } = found;
  const [format, t, tProfile] = await Promise.all([
    getFormat(),
    getTranslations("admin.patient"),
    getTranslations("account.profile"),
  ]);
  const facts: [string, string | null][] = [
    [t("email"), patient.user.email],
    [t("phone"), patient.phone],
    [t("born"), format.localDate(patient.dateOfBirth.toISOString().slice(0, 10))],
    [t("address"), [patient.address, patient.city, patient.postalCode].filter(Boolean).join(", ") || null],
    [
      t("emergency"),
      [patient.emergencyName, patient.emergencyRelationship, patient.emergencyPhone].filter(Boolean).join(", ") || null,
    ],
    [t("bloodGroup"), patient.bloodGroup ? (bloodGroups[patient.bloodGroup] ?? patient.bloodGroup) : null],
    [t("allergies"), patient.allergies],
    [t("medicalHistory"), patient.medicalHistory],
    [t("currentMedications"), patient.currentMedications],
    [t("insurance"), [patient.insuranceProvider, patient.insuranceNumber].filter(Boolean).join(", ") || null],
  ];
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Link href={`/admin/users/${patient.user.id}`} className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{patient.user.name}</h1>
        <p className="text-slate-700">{t("summary", { active: patient.user.active ? "yes" : "no" })}</p>
        <Link href={`/admin/patients/${patient.id}/profile`} className="text-sm font-medium text-teal-800 underline">
          {tProfile("adminTitle")}
        </Link>
      </div>
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="font-medium">
              {value ?? <span className="font-normal text-slate-500">{t("notGiven")}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("historyHeading")}
        </h2>
        {appointments.length ? (
          <DataTable
            label={t("historyHeading")}
            columns={[t("when"), t("doctor"), t("status"), t("reason")]}
            testId="patient-history"
          >
            {appointments.map((a) => (
              <tr key={a.id}>
                <td className={`${cellClass} whitespace-nowrap`}>
                  <Link href={`/admin/appointments/${a.id}`} className="text-teal-800 underline">
                    {format.dateTime(a.startsAt)}
                  </Link>
                </td>
                <td className={cellClass}>
                  {a.doctor.user.name}
                  <span className="block text-xs text-slate-600">{a.doctor.specialty.name}</span>
                </td>
                <td className={cellClass}>
                  <StatusBadge status={a.status} />
                </td>
                <td className={cellClass}>{a.reason}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <EmptyState title={t("noAppointments")} />
        )}
      </section>
    </div>
  );
}
