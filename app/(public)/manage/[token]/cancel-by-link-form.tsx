"use client";

import { cancelByLinkAction } from "../actions";
import { cancelByLinkSchema } from "@/lib/notifications/link-schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function CancelByLinkForm({ token }: { token: string }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(cancelByLinkSchema, cancelByLinkAction, { token });
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" aria-label="Cancel appointment">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("token")} />
      <TextAreaField label="Why are you cancelling?" required maxLength={500} rows={2} registration={register("reason")} error={errorFor("reason")} defaultValue={valueFor("reason")} />
      <SubmitButton pending={pending} pendingLabel="Cancelling…">Cancel appointment</SubmitButton>
    </form>
  );
}
