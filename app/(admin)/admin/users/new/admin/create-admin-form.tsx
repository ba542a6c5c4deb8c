"use client";

import { useTranslations } from "next-intl";
import { createAdminAction } from "../../actions";
import { createAdminSchema } from "@/lib/staff/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function CreateAdminForm() {
  const t = useTranslations("client.staff.newAdmin");
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    createAdminSchema,
    createAdminAction,
  );
  return (
    <form {...formProps} className="space-y-4" aria-label={t("label")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label={t("name")}
        autoComplete="off"
        required
        registration={register("name")}
        error={errorFor("name")}
        defaultValue={valueFor("name")}
      />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="off"
        required
        hint={t("emailHint")}
        registration={register("email")}
        error={errorFor("email")}
        defaultValue={valueFor("email")}
      />
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
