import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/actions/form-state";
import { ChangePasswordForm } from "./change-password-form";

/** The password part of every role's account page. Its form reads the "account" catalogue namespace. */
export async function PasswordSection({ action }: { action: FormAction }) {
  const t = await getTranslations("account.password");
  return (
    <section aria-labelledby="password-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="password-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ChangePasswordForm action={action} />
    </section>
  );
}
