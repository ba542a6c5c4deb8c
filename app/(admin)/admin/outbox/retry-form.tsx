"use client";

import { useTranslations } from "next-intl";
import { retryOutboxMessageAction } from "./actions";
import { retryOutboxSchema } from "@/lib/notifications/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";

export function RetryForm({ messageId, subject }: { messageId: string; subject: string }) {
  const t = useTranslations("client.staff.outbox");
  const { state, pending, register, statusRef, formProps } = useActionForm(
    retryOutboxSchema,
    retryOutboxMessageAction,
    { messageId },
  );
  return (
    <form {...formProps} className="relative space-y-1" aria-label={t("label", { subject })}>
      <input type="hidden" {...register("messageId")} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-teal-700 px-3 py-1 text-sm font-medium text-teal-800 hover:bg-teal-50 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("retrying") : t("retry")}
        <span className="sr-only"> {subject}</span>
      </button>
      <FormStatus state={state} statusRef={statusRef} />
    </form>
  );
}
