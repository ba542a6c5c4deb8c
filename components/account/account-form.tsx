"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { accountSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

/** A staff member's own name and language (patients keep both on their profile). */
export function AccountForm({
  values,
  languages,
  action,
}: {
  values: { name: string; locale: string };
  languages: { code: string; name: string }[];
  action: FormAction;
}) {
  const t = useTranslations("account");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(accountSchema, action, values);
  return (
    <form {...formProps} className="space-y-4" aria-label={t("page.formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label={t("profile.fields.name")}
        required
        maxLength={120}
        registration={register("name")}
        error={errorFor("name")}
      />
      <SelectField
        label={t("profile.fields.locale")}
        placeholder={t("profile.languageAuto")}
        options={languages.map((l) => ({ value: l.code, label: l.name }))}
        registration={register("locale")}
        error={errorFor("locale")}
      />
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("profile.saving")}>
          {t("page.save")}
        </SubmitButton>
      </div>
    </form>
  );
}
