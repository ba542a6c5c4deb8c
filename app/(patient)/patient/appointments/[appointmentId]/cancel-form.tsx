"use client";

import { cancelAppointmentAction } from "../../actions";
import { cancelAppointmentSchema } from "@/lib/booking/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";

export function CancelForm({ appointmentId }: { appointmentId: string }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(cancelAppointmentSchema, cancelAppointmentAction, { appointmentId });
  return (
    <form {...formProps} className="space-y-3" aria-label="Cancel appointment">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <TextAreaField label="Why are you cancelling?" required maxLength={500} rows={2} registration={register("reason")} error={errorFor("reason")} defaultValue={valueFor("reason")} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "Cancelling…" : "Cancel appointment"}
      </button>
    </form>
  );
}
