import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getDoctorIdentity } from "@/lib/staff/queries";
import { getDoctorProfileForEdit } from "@/lib/doctors/profile";
import { ProfileForm } from "@/components/doctor/profile-form";
import { updateDoctorProfileAsAdminAction } from "../../actions";

export const metadata: Metadata = { title: "Doctor's profile" };

export default async function AdminDoctorProfilePage({ params }: { params: Promise<{ doctorId: string }> }) {
  const actor = await requireRole("ADMIN");
  const { doctorId } = await params;
  if (!z.uuid().safeParse(doctorId).success) notFound();
  const [data, doctor] = await Promise.all([getDoctorProfileForEdit(actor, doctorId), getDoctorIdentity(doctorId)]);
  if (!data || !doctor) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/admin/users/${doctor.user.id}`} className="text-sm text-teal-800 underline">
        ← {doctor.user.name}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">Professional profile: {doctor.user.name}</h1>
        <p className="text-slate-700">
          What patients see when they choose a doctor. A new fee applies to bookings made from now on; booked visits
          keep the fee they were booked at.
        </p>
      </div>
      <ProfileForm profile={data.profile} specialties={data.specialties} action={updateDoctorProfileAsAdminAction} />
    </div>
  );
}
