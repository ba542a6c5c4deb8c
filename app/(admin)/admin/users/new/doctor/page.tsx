import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listSpecialties } from "@/lib/specialties/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateDoctorForm } from "./create-doctor-form";

export const metadata: Metadata = { title: "New doctor" };

export default async function NewDoctorPage() {
  await requireRole("ADMIN");
  const specialties = await listSpecialties();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/admin/users" className="text-sm text-teal-800 underline">
        ← Users
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">New doctor</h1>
        <p className="text-slate-700">
          The account starts without a password: the doctor receives an email with a one-time link to set one. Set their
          weekly hours after creating it.
        </p>
      </div>
      {specialties.length ? (
        <CreateDoctorForm specialties={specialties} />
      ) : (
        <EmptyState title="No specialties yet">
          <Link href="/admin/specialties" className="font-medium text-teal-800 underline">
            Add a specialty
          </Link>{" "}
          first.
        </EmptyState>
      )}
    </div>
  );
}
