import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listSpecialtiesWithUse } from "@/lib/specialties/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { WithMessages } from "@/components/i18n/with-messages";
import { CreateSpecialtyForm, SpecialtyRow } from "./specialty-forms";
import { SynonymsForm } from "./synonyms-form";

export const metadata: Metadata = { title: "Specialties" };

export default async function SpecialtiesPage() {
  await requireRole("ADMIN");
  const specialties = await listSpecialtiesWithUse();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Specialties</h1>
        <p className="text-slate-700">
          Patients search doctors by specialty. A specialty can be deleted only while no doctor has it.
        </p>
      </div>
      <CreateSpecialtyForm />
      {specialties.length ? (
        <WithMessages namespaces={["admin"]}>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {specialties.map((s) => (
              <SpecialtyRow key={s.id} id={s.id} name={s.name} doctors={s._count.doctors}>
                <SynonymsForm id={s.id} name={s.name} synonyms={s.synonyms} />
              </SpecialtyRow>
            ))}
          </ul>
        </WithMessages>
      ) : (
        <EmptyState title="No specialties yet">Add the first one above.</EmptyState>
      )}
    </div>
  );
}
