import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getPatientProfileForEdit } from "@/lib/patients/profile";
import { languageChoices } from "@/lib/i18n/catalogues";
import { WithMessages } from "@/components/i18n/with-messages";
import { PatientProfileForm } from "@/components/account/patient-profile-form";
import { PasswordSection } from "@/components/account/password-section";
import { changePasswordAction } from "@/app/(account)/account/actions";
import { updateMyProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const actor = await requireRole("PATIENT");
  if (!actor.patientId) notFound();
  const [values, languages, t] = await Promise.all([
    getPatientProfileForEdit(actor, actor.patientId),
    languageChoices(),
    getTranslations("account.profile"),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </div>
      <WithMessages namespaces={["account"]}>
        <PatientProfileForm values={values} languages={languages} action={updateMyProfileAction} />
        <PasswordSection action={changePasswordAction} />
      </WithMessages>
    </div>
  );
}
