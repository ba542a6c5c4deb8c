import { getLocale, getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/actions/form-state";
import { languageChoices } from "@/lib/i18n/catalogues";
import { LanguageForm } from "./language-form";

/** The language menu every visitor has; it remembers the choice (and, when signed in, on the account). */
export async function LanguageSwitcher({ action, returnTo }: { action: FormAction; returnTo: string }) {
  const [choices, current, t] = await Promise.all([languageChoices(), getLocale(), getTranslations("common")]);
  return (
    <LanguageForm
      action={action}
      choices={choices}
      current={current}
      returnTo={returnTo}
      label={t("language")}
      submit={t("changeLanguage")}
    />
  );
}
