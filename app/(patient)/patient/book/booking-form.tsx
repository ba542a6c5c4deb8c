"use client";

import { bookAppointmentAction } from "../actions";
import { bookAppointmentSchema } from "@/lib/appointments/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function BookingForm({ doctorId, start }: { doctorId: string; start: string }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    bookAppointmentSchema,
    bookAppointmentAction,
    { doctorId, start },
  );
  return (
    <form {...formProps} className="space-y-4" aria-label="Confirm booking">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("doctorId")} />
      <input type="hidden" {...register("start")} />
      <TextAreaField
        label="Reason for the visit"
        hint="A few words for the doctor, e.g. “cough for two weeks”. Up to 500 characters."
        required
        maxLength={500}
        registration={register("reason")}
        error={errorFor("reason")}
        defaultValue={valueFor("reason")}
      />
      <SubmitButton pending={pending} pendingLabel="Booking…">
        Confirm booking
      </SubmitButton>
    </form>
  );
}
