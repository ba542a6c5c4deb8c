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
  // The second step: once the password was right for an account with a second factor, the server
  // asks for its code; email and password stay filled in and are checked again with it.
  const askedForCode = state.status === "error" && Boolean(state.fieldErrors.code);
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
      {askedForCode ? (
        <TextField
          label={t("code")}
          hint={t("codeHint")}
          autoComplete="one-time-code"
          autoFocus
          required
          registration={register("code")}
          error={errorFor("code")}
        />
      ) : null}
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
