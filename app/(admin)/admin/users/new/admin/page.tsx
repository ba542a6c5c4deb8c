import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { CreateAdminForm } from "./create-admin-form";

export const metadata: Metadata = { title: "New administrator" };

export default async function NewAdminPage() {
  await requireRole("ADMIN");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href="/admin/users" className="text-sm text-teal-800 underline">
        ← Users
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">New administrator</h1>
        <p className="text-slate-700">
          Administrators can change every setting and see all patients. The account starts without a password: they
          receive an email with a one-time link to set one.
        </p>
      </div>
      <CreateAdminForm />
    </div>
  );
}
