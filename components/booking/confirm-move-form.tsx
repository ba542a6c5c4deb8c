"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { rescheduleAppointmentSchema } from "@/lib/appointments/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  appointmentId: string;
  start: string;
  /** The mover's own reschedule action (patient, doctor or admin); each checks its caller itself. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
};

/** The button that moves an appointment to the time on the confirm page. */
export function ConfirmMoveForm({ appointmentId, start, action, label }: Props) {
  const t = useTranslations("client");
  const { state, pending, register, statusRef, formProps } = useActionForm(rescheduleAppointmentSchema, action, {
    appointmentId,
    start,
  });
  return (
    <form {...formProps} className="space-y-3" aria-label={t("confirmNewTime")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <input type="hidden" {...register("start")} />
      <SubmitButton pending={pending} pendingLabel={t("moving")}>
        {label}
      </SubmitButton>
    </form>
  );
}
