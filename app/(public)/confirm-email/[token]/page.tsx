import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findUsableEmailChange } from "@/lib/users/email-change";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { confirmEmailChangeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.email");
  return { title: t("confirmTitle") };
}

/** Opening the link changes nothing (mail scanners open links too): the button does. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [change, t] = await Promise.all([
    token.length <= 200 ? findUsableEmailChange(token) : null,
    getTranslations("account.email"),
  ]);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("confirmTitle")}</h1>
      {change ? (
        <>
          <p className="text-slate-700">{t("confirmIntro", { email: change.newEmail })}</p>
          <ActionButtonForm
            action={confirmEmailChangeAction}
            fields={{ token }}
            label={t("confirmButton")}
            pendingLabel={t("sending")}
            variant="primary"
          />
        </>
      ) : (
        <p className="text-slate-700" data-testid="link-unusable">
          {t("linkUnusable")}
        </p>
      )}
    </div>
  );
}
