"use client";

import { useActionState } from "react";
import { idleState, type FormAction } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";


const tones = {
  primary: "bg-teal-700 text-white hover:bg-teal-800",
  danger: "border border-red-700 text-red-800 hover:bg-red-50",
  plain: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
} as const;

/** A one-button form for an action that needs only hidden values (confirm, deactivate…), with its outcome. */
/** `context` completes the button's name for screen readers when many rows share one label ("Delete" → "Delete Neurology"). */
export function InlineActionForm({ action, fields, label, pendingLabel, tone = "plain", context }: { action: FormAction; fields: Record<string, string>; label: string; pendingLabel: string; tone?: keyof typeof tones; context?: string }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-2" aria-label={context ? `${label} ${context}` : label}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-busy={pending} className={`rounded-md px-4 py-2 text-sm font-semibold disabled:cursor-wait disabled:opacity-70 ${tones[tone]}`}>
        {pending ? pendingLabel : label}
        {context ? <span className="sr-only"> {context}</span> : null}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
