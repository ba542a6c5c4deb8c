"use client";

import { z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";
import type { FormAction } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, type Confirmation } from "@/components/ui/confirm-dialog";
import { FormStatus } from "./form-status";
import { TextAreaField } from "./text-area-field";
import { useActionForm } from "./use-action-form";

// The browser's check of the one field; the action's own schema checks everything again.
const reasonOnly = z.object({
  reason: z
    .string()
    .trim()
    .min(3, msg("validation.appointments.cancelReasonShort"))
    .max(500, msg("validation.appointments.tooLong")),
});

/**
 * An action that needs a reason someone will read (cancel, decline): the reason, the button, and
 * the confirmation before it is sent. The caller passes its own action and hidden fields, so every
 * role's cancel and decline is this one form.
 */
export function ReasonForm({
  action,
  fields,
  formLabel,
  reasonLabel,
  submitLabel,
  pendingLabel,
  confirm,
}: {
  action: FormAction;
  fields: Record<string, string>;
  formLabel: string;
  reasonLabel: string;
  submitLabel: string;
  pendingLabel: string;
  confirm: Confirmation;
}) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps, confirmProps } = useActionForm(
    reasonOnly,
    action,
    undefined,
    {
      confirm: true,
    },
  );
  return (
    <form {...formProps} className="space-y-3" aria-label={formLabel}>
      <FormStatus state={state} statusRef={statusRef} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} defaultValue={value} />
      ))}
      <TextAreaField
        label={reasonLabel}
        required
        maxLength={500}
        rows={2}
        registration={register("reason")}
        error={errorFor("reason")}
        defaultValue={valueFor("reason")}
      />
      <Button type="submit" variant="danger" pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
      <ConfirmDialog {...confirmProps} confirmation={confirm} />
    </form>
  );
}
