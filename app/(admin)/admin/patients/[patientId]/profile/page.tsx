import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { NotFound } from "@/lib/errors/domain-error";
import { getPatientProfileForEdit } from "@/lib/patients/profile";
import { languageChoices } from "@/lib/i18n/catalogues";
import { WithMessages } from "@/components/i18n/with-messages";
import { PatientProfileForm } from "@/components/account/patient-profile-form";
import { updatePatientProfileAsAdminAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.profile");
  return { title: t("adminTitle") };
}

export default async function EditPatientProfilePage({ params }: { params: Promise<{ patientId: string }> }) {
  const actor = await requireRole("ADMIN");
  const { patientId } = await params;
  if (!z.uuid().safeParse(patientId).success) notFound();
  const values = await getPatientProfileForEdit(actor, patientId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const [languages, t] = await Promise.all([languageChoices(), getTranslations("account.profile")]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/admin/patients/${patientId}`} className="text-sm text-teal-800 underline">
        ← {t("backToPatient")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">
          {t("adminTitle")}: {values.name}
        </h1>
        <p className="text-slate-600">{t("adminIntro")}</p>
      </div>
      <WithMessages namespaces={["account"]}>
        <PatientProfileForm values={values} languages={languages} action={updatePatientProfileAsAdminAction} />
      </WithMessages>
    </div>
  );
}
