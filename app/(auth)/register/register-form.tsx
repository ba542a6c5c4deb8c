"use client";

import { useTranslations } from "next-intl";
import { registerAsPatient } from "../actions";
import { registerPatientSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function RegisterForm() {
  const t = useTranslations("auth.register");
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    registerPatientSchema,
    registerAsPatient,
  );
  const field = (name: "name" | "email" | "phone" | "dateOfBirth") => ({
    registration: register(name),
    error: errorFor(name),
    defaultValue: valueFor(name),
    required: true,
  });
  return (
    <form {...formProps} className="space-y-4" aria-label={t("formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField label={t("name")} autoComplete="name" {...field("name")} />
      <TextField label={t("email")} type="email" autoComplete="email" {...field("email")} />
      <TextField label={t("phone")} type="tel" autoComplete="tel" hint={t("phoneHint")} {...field("phone")} />
      <TextField label={t("dateOfBirth")} type="date" autoComplete="bday" {...field("dateOfBirth")} />
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
