"use client";

import { cancelAppointmentAsAdminAction, changeAppointmentStatusAction } from "../actions";
import { cancelAppointmentSchema, changeStatusSchema } from "@/lib/booking/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";

const buttonClass = "rounded-md border border-red-700 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:opacity-70";

/** Cancel with a reason the patient and the doctor will read in their email. */
export function AdminCancelForm({ appointmentId }: { appointmentId: string }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(cancelAppointmentSchema, cancelAppointmentAsAdminAction, { appointmentId });
  return (
    <form {...formProps} className="space-y-3" aria-label="Cancel appointment">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <TextAreaField label="Reason for cancelling" required maxLength={500} rows={2} registration={register("reason")} error={errorFor("reason")} defaultValue={valueFor("reason")} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Cancelling…" : "Cancel appointment"}</button>
    </form>
  );
}

/** Decline a request that awaits confirmation; the patient is told why. */
export function AdminRejectForm({ appointmentId }: { appointmentId: string }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(changeStatusSchema, changeAppointmentStatusAction, { appointmentId, action: "reject" } as never);
  return (
    <form {...formProps} className="space-y-3" aria-label="Decline request">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <input type="hidden" {...register("action")} />
      <TextAreaField label="Reason for declining" required maxLength={500} rows={2} registration={register("reason" as never)} error={errorFor("reason" as never)} defaultValue={valueFor("reason")} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Declining…" : "Decline request"}</button>
    </form>
  );
}
