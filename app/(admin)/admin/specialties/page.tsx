import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listSpecialtiesWithUse } from "@/lib/specialties/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateSpecialtyForm, SpecialtyRow } from "./specialty-forms";

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
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {specialties.map((s) => (
            <SpecialtyRow key={s.id} id={s.id} name={s.name} doctors={s._count.doctors} />
          ))}
        </ul>
      ) : (
        <EmptyState title="No specialties yet">Add the first one above.</EmptyState>
      )}
    </div>
  );
}
