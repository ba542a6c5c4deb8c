import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getDoctorIdentity } from "@/lib/staff/queries";
import { getDoctorHours } from "@/lib/doctors/working-hours";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { WeeklyHoursEditor } from "@/components/doctor/weekly-hours-editor";
import { saveDoctorHoursAsAdminAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.doctorHours"))("title") };
}

export default async function AdminDoctorHoursPage({ params }: { params: Promise<{ doctorId: string }> }) {
  const actor = await requireRole("ADMIN");
  const { doctorId } = await params;
  if (!z.uuid().safeParse(doctorId).success) notFound();
  const [hours, doctor, settings] = await Promise.all([
    getDoctorHours(actor, doctorId),
    getDoctorIdentity(doctorId),
    getSchedulingSettings(),
  ]);
  const t = await getTranslations("admin.doctorHours");
  if (!hours || !doctor) notFound();
  return (
    <div className="space-y-6">
      <Link href={`/admin/users/${doctor.user.id}`} className="text-sm text-teal-800 underline">
        ← {doctor.user.name}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("heading", { name: doctor.user.name })}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <WeeklyHoursEditor
        doctorId={doctorId}
        initial={hours}
        action={saveDoctorHoursAsAdminAction}
        timeZone={settings.timeZone}
      />
    </div>
  );
}
