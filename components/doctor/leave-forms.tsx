"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { deleteLeaveSchema, leaveFormSchema } from "@/lib/doctors/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { StrandedChoice } from "./stranded-choice";

/** Time off from a local date-time to another, with a note; appointments inside it need a decision. */
export function AddLeaveForm({ doctorId, action }: { doctorId: string; action: FormAction }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    leaveFormSchema,
    action,
    { doctorId },
  );
  const t = useTranslations("client.staff.leave");
  const stranded = state.status === "error" ? state.affected : undefined;
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("add")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("doctorId")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t("from")}
          type="datetime-local"
          required
          registration={register("startsAt")}
          error={errorFor("startsAt")}
          defaultValue={valueFor("startsAt")}
        />
        <TextField
          label={t("until")}
          type="datetime-local"
          required
          registration={register("endsAt")}
          error={errorFor("endsAt")}
          defaultValue={valueFor("endsAt")}
        />
      </div>
      <TextField
        label={t("note")}
        hint={t("noteHint")}
        maxLength={200}
        registration={register("note")}
        error={errorFor("note")}
        defaultValue={valueFor("note")}
      />
      {stranded?.length ? <StrandedChoice items={stranded} reasonError={errorFor("cancelReason")} /> : null}
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("adding")}>
          {t("add")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function DeleteLeaveForm({ leaveId, label, action }: { leaveId: string; label: string; action: FormAction }) {
  const t = useTranslations("client.staff.leave");
  const { state, pending, register, statusRef, formProps } = useActionForm(deleteLeaveSchema, action, { leaveId });
  return (
    <form {...formProps} aria-label={t("removeLabel", { label })}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("leaveId")} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-70"
      >
        {pending ? t("removing") : t("remove")}
        <span className="sr-only"> {t("removeWhich", { label })}</span>
      </button>
    </form>
  );
}
