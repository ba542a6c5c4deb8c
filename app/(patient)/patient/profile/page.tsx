import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getPatientProfileForEdit } from "@/lib/patients/profile";
import { languageChoices } from "@/lib/i18n/catalogues";
import { WithMessages } from "@/components/i18n/with-messages";
import { PatientProfileForm } from "@/components/account/patient-profile-form";
import { PasswordSection } from "@/components/account/password-section";
import { EmailSection } from "@/components/account/email-section";
import { CloseAccountForm } from "@/components/account/close-account-form";
import { changePasswordAction, requestEmailChangeAction } from "@/app/(account)/account/actions";
import { closeMyAccountAction, updateMyProfileAction } from "./actions";

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
    getTranslations("account"),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
        <p className="text-slate-600">{t("profile.intro")}</p>
      </div>
      <WithMessages namespaces={["account"]}>
        <PatientProfileForm values={values} languages={languages} action={updateMyProfileAction} />
        <EmailSection email={actor.email} action={requestEmailChangeAction} />
        <PasswordSection action={changePasswordAction} />
        <section aria-labelledby="data-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="data-heading" className="text-lg font-semibold">
            {t("data.heading")}
          </h2>
          <p className="text-sm text-slate-700">{t("data.intro")}</p>
          <a
            href="/api/account/export"
            download
            className="inline-block rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-teal-800 hover:bg-slate-50"
          >
            {t("data.download")}
          </a>
        </section>
        <section aria-labelledby="close-heading" className="space-y-3 rounded-lg border border-red-200 bg-white p-5">
          <h2 id="close-heading" className="text-lg font-semibold">
            {t("close.heading")}
          </h2>
          <ul className="list-disc space-y-1 ps-5 text-sm text-slate-700">
            <li>{t("close.cancels")}</li>
            <li>{t("close.records")}</li>
            <li>{t("close.signOut")}</li>
          </ul>
          <CloseAccountForm action={closeMyAccountAction} />
        </section>
      </WithMessages>
    </div>
  );
}
