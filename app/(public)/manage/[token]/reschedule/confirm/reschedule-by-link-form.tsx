"use client";

import { useTranslations } from "next-intl";
import { rescheduleByLinkAction } from "../../../actions";
import { rescheduleByLinkSchema } from "@/lib/appointments/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function RescheduleByLinkForm({ token, start }: { token: string; start: string }) {
  const t = useTranslations("client");
  const { state, pending, register, statusRef, formProps } = useActionForm(
    rescheduleByLinkSchema,
    rescheduleByLinkAction,
    { token, start },
  );
  return (
    <form {...formProps} className="space-y-3" aria-label={t("confirmNewTime")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("token")} />
      <input type="hidden" {...register("start")} />
      <SubmitButton pending={pending} pendingLabel={t("moving")}>
        {t("moveMine")}
      </SubmitButton>
    </form>
  );
}
