import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getDoctorIdentity } from "@/lib/staff/queries";
import { getDoctorProfileForEdit } from "@/lib/doctors/profile";
import { ProfileForm } from "@/components/doctor/profile-form";
import { updateDoctorProfileAsAdminAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.doctorProfile"))("title") };
}

export default async function AdminDoctorProfilePage({ params }: { params: Promise<{ doctorId: string }> }) {
  const actor = await requireRole("ADMIN");
  const { doctorId } = await params;
  if (!z.uuid().safeParse(doctorId).success) notFound();
  const [data, doctor, format, t] = await Promise.all([
    getDoctorProfileForEdit(actor, doctorId),
    getDoctorIdentity(doctorId),
    getFormat(),
    getTranslations("admin.doctorProfile"),
  ]);
  if (!data || !doctor) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/admin/users/${doctor.user.id}`} className="text-sm text-teal-800 underline">
        ← {doctor.user.name}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("heading", { name: doctor.user.name })}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <ProfileForm
        profile={data.profile}
        specialties={data.specialties}
        action={updateDoctorProfileAsAdminAction}
        currency={format.currencySymbol()}
      />
    </div>
  );
}
