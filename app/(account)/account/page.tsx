import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { getOwnAccount } from "@/lib/users/account";
import { languageChoices } from "@/lib/i18n/catalogues";
import { WithMessages } from "@/components/i18n/with-messages";
import { AccountForm } from "@/components/account/account-form";
import { PasswordSection } from "@/components/account/password-section";
import { EmailSection } from "@/components/account/email-section";
import { changePasswordAction, requestEmailChangeAction, updateMyAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.page");
  return { title: t("title") };
}

export default async function AccountPage() {
  const actor = await getActor();
  if (!actor) redirect("/login?callbackUrl=%2Faccount");
  // A patient's name and language live on their profile, with the rest of their details.
  if (actor.role === "PATIENT") redirect("/patient/profile");
  const [account, languages, t] = await Promise.all([
    getOwnAccount(actor),
    languageChoices(),
    getTranslations("account"),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("page.title")}</h1>
        <p className="text-slate-600">{t("page.intro")}</p>
      </div>
      <WithMessages namespaces={["account"]}>
        <section
          aria-labelledby="details-heading"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="details-heading" className="text-lg font-semibold">
            {t("page.detailsHeading")}
          </h2>
          <AccountForm values={account} languages={languages} action={updateMyAccountAction} />
        </section>
        <EmailSection email={account.email} action={requestEmailChangeAction} />
        <PasswordSection action={changePasswordAction} />
      </WithMessages>
    </div>
  );
}
