import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/actions/form-state";
import { ChangeEmailForm } from "./change-email-form";

/** The sign-in address and the form to move it; its form reads the "account" catalogue namespace. */
export async function EmailSection({ email, action }: { email: string; action: FormAction }) {
  const t = await getTranslations("account.email");
  return (
    <section aria-labelledby="email-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="email-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">
        {t("current")}: <span className="font-medium">{email}</span>
      </p>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ChangeEmailForm action={action} />
    </section>
  );
}
