"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { changePasswordSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

/** Current password, then the new one twice; the server checks the current one before anything changes. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("account.password");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(changePasswordSchema, action, {
    currentPassword: "",
    password: "",
    confirmPassword: "",
  });
  return (
    <form {...formProps} className="space-y-4" aria-label={t("formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label={t("current")}
        type="password"
        autoComplete="current-password"
        required
        registration={register("currentPassword")}
        error={errorFor("currentPassword")}
      />
      <TextField
        label={t("new")}
        hint={t("newHint")}
        type="password"
        autoComplete="new-password"
        required
        registration={register("password")}
        error={errorFor("password")}
      />
      <TextField
        label={t("confirm")}
        type="password"
        autoComplete="new-password"
        required
        registration={register("confirmPassword")}
        error={errorFor("confirmPassword")}
      />
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
