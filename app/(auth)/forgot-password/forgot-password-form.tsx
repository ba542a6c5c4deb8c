"use client";

import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "../password-actions";
import { forgotPasswordSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    forgotPasswordSchema,
    requestPasswordResetAction,
  );
  return (
    <form {...formProps} className="space-y-4" aria-label={t("formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        registration={register("email")}
        error={errorFor("email")}
        defaultValue={valueFor("email")}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
