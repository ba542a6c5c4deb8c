"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction } from "../../password-actions";
import { resetPasswordSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.reset");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(
    resetPasswordSchema,
    resetPasswordAction,
    { token },
  );
  return (
    <form {...formProps} className="space-y-4" aria-label={t("formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("token")} />
      <NewPasswordField label={t("password")} registration={register("password")} error={errorFor("password")} />
      <TextField
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        required
        registration={register("confirmPassword")}
        error={errorFor("confirmPassword")}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
