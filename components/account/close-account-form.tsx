"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { closeAccountSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** Closing is irreversible for the patient: the password first, then a confirmation dialog. */
export function CloseAccountForm({ action }: { action: FormAction }) {
  const t = useTranslations("account.close");
  const { state, pending, register, errorFor, statusRef, formProps, confirmProps } = useActionForm(
    closeAccountSchema,
    action,
    { currentPassword: "" },
    { confirm: true },
  );
  return (
    <form {...formProps} className="space-y-4" aria-label={t("formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        required
        registration={register("currentPassword")}
        error={errorFor("currentPassword")}
      />
      <Button type="submit" variant="danger" pending={pending} pendingLabel={t("closing")}>
        {t("submit")}
      </Button>
      <ConfirmDialog
        {...confirmProps}
        confirmation={{
          title: t("confirmTitle"),
          description: t("confirmDescription"),
          confirmLabel: t("confirmButton"),
          tone: "danger",
        }}
      />
    </form>
  );
}
