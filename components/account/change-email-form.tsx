"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { changeEmailSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

/** The new address and the current password; the change waits for the link sent to the new address. */
export function ChangeEmailForm({ action }: { action: FormAction }) {
  const t = useTranslations("account.email");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(changeEmailSchema, action, {
    newEmail: "",
    currentPassword: "",
  });
  return (
    <form {...formProps} className="space-y-4" aria-label={t("formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label={t("newEmail")}
        type="email"
        autoComplete="email"
        required
        registration={register("newEmail")}
        error={errorFor("newEmail")}
      />
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        required
        registration={register("currentPassword")}
        error={errorFor("currentPassword")}
      />
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
