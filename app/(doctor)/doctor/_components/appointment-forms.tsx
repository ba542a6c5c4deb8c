"use client";

import { z } from "zod";
import { cancelAppointmentSchema, changeStatusSchema } from "@/lib/booking/schemas";
import { saveVisitNoteSchema } from "@/lib/visit-notes/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { cancelAsDoctorAction, changeStatusAction, saveVisitNoteAction } from "../actions";

const buttonStyles = {
  primary: "bg-teal-700 text-white hover:bg-teal-800",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
} as const;

function ActionButton({ pending, pendingLabel, tone, children }: { pending: boolean; pendingLabel: string; tone: keyof typeof buttonStyles; children: React.ReactNode }) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={`rounded-md px-4 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:cursor-wait disabled:opacity-70 ${buttonStyles[tone]}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}

const simpleStatusSchema = z.object({ appointmentId: z.uuid(), action: z.enum(["confirm", "complete", "no_show"]) });

/** Confirm, complete or no-show: one button. */
export function StatusButtonForm({ appointmentId, action, label, pendingLabel, tone = "primary" }: { appointmentId: string; action: "confirm" | "complete" | "no_show"; label: string; pendingLabel: string; tone?: keyof typeof buttonStyles }) {
  const { state, pending, register, statusRef, formProps } = useActionForm(simpleStatusSchema, changeStatusAction, { appointmentId, action });
  return (
    <form {...formProps} className="space-y-2" aria-label={label}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <input type="hidden" {...register("action")} />
      <ActionButton pending={pending} pendingLabel={pendingLabel} tone={tone}>{label}</ActionButton>
    </form>
  );
}

const rejectSchema = changeStatusSchema.options[1];

/** Decline a request, with the reason the patient is told. */
export function RejectForm({ appointmentId }: { appointmentId: string }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(rejectSchema, changeStatusAction, { appointmentId, action: "reject" });
  return (
    <form {...formProps} className="space-y-3" aria-label="Decline request">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <input type="hidden" {...register("action")} />
      <TextAreaField label="Reason for declining (sent to the patient)" required rows={2} maxLength={500} registration={register("reason")} error={errorFor("reason")} defaultValue={valueFor("reason")} />
      <ActionButton pending={pending} pendingLabel="Declining…" tone="danger">Decline request</ActionButton>
    </form>
  );
}

export function DoctorCancelForm({ appointmentId }: { appointmentId: string }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(cancelAppointmentSchema, cancelAsDoctorAction, { appointmentId });
  return (
    <form {...formProps} className="space-y-3" aria-label="Cancel appointment">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <TextAreaField label="Reason for cancelling (sent to the patient)" required rows={2} maxLength={500} registration={register("reason")} error={errorFor("reason")} defaultValue={valueFor("reason")} />
      <ActionButton pending={pending} pendingLabel="Cancelling…" tone="danger">Cancel appointment</ActionButton>
    </form>
  );
}

export function VisitNoteForm({ appointmentId, body }: { appointmentId: string; body: string }) {
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(saveVisitNoteSchema, saveVisitNoteAction, { appointmentId, body });
  return (
    <form {...formProps} className="space-y-3" aria-label="Visit note">
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("appointmentId")} />
      <TextAreaField label="Your note" hint="Findings, advice and follow-up. Patients do not see visit notes." required rows={6} maxLength={5000} registration={register("body")} error={errorFor("body")} />
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving…">Save note</SubmitButton>
      </div>
    </form>
  );
}
