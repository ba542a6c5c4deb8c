"use client";

import { bookAppointmentAction } from "../actions";
import { bookAppointmentSchema } from "@/lib/appointments/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

/** The form's words, from the page (server-translated), so the browser ships no booking catalogue. */
type Labels = { form: string; reason: string; reasonHint: string; submit: string; submitting: string };

export function BookingForm({ doctorId, start, labels }: { doctorId: string; start: string; labels: Labels }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    bookAppointmentSchema,
    bookAppointmentAction,
    { doctorId, start },
  );
  return (
    <form {...formProps} className="space-y-4" aria-label={labels.form}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("doctorId")} />
      <input type="hidden" {...register("start")} />
      <TextAreaField
        label={labels.reason}
        hint={labels.reasonHint}
        required
        maxLength={500}
        registration={register("reason")}
        error={errorFor("reason")}
        defaultValue={valueFor("reason")}
      />
      <SubmitButton pending={pending} pendingLabel={labels.submitting}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
