"use client";

import { useTranslations } from "next-intl";
import { saveVisitNoteSchema } from "@/lib/visit-notes/schemas";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveVisitNoteAction } from "../actions";

export function VisitNoteForm({ appointmentId, body }: { appointmentId: string; body: string }) {
  const t = useTranslations("client.staff.visitNote");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(
    saveVisitNoteSchema,
    saveVisitNoteAction,
    { appointmentId, body },
  );
  return (
    <form {...formProps} className="space-y-3" aria-label={t("label")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <TextAreaField
        label={t("body")}
        hint={t("hint")}
        required
        rows={6}
        maxLength={5000}
        registration={register("body")}
        error={errorFor("body")}
      />
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
