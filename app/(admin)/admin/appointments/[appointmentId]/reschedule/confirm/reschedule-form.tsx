"use client";

import { rescheduleAppointmentAsAdminAction } from "../../../actions";
import { rescheduleAppointmentSchema } from "@/lib/booking/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function AdminRescheduleForm({ appointmentId, start }: { appointmentId: string; start: string }) {
  const { state, pending, register, statusRef, formProps } = useActionForm(rescheduleAppointmentSchema, rescheduleAppointmentAsAdminAction, { appointmentId, start });
  return (
    <form {...formProps} className="space-y-3" aria-label="Confirm new time">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <input type="hidden" {...register("start")} />
      <SubmitButton pending={pending} pendingLabel="Moving…">Move the appointment</SubmitButton>
    </form>
  );
}
