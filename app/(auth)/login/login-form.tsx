"use client";

import { useTranslations } from "next-intl";
import { signInWithPassword } from "../actions";
import { signInSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.login");
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    signInSchema,
    signInWithPassword,
    {
      callbackUrl,
    },
  );
  return (
    <form {...formProps} className="space-y-4" aria-label={t("title")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("callbackUrl")} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        registration={register("email")}
        error={errorFor("email")}
        defaultValue={valueFor("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        registration={register("password")}
        error={errorFor("password")}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
