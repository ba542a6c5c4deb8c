"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { idleState, type FormAction } from "@/lib/actions/form-state";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ConfirmDialog, type Confirmation } from "@/components/ui/confirm-dialog";
import { FormStatus } from "./form-status";

/**
 * A one-button form for an action that needs only hidden values (confirm, complete, deactivate…),
 * with its outcome. `confirm` asks first (irreversible actions). `context` completes the button's
 * name for screen readers when many rows share one label ("Delete" → "Delete Neurology").
 */
export function ActionButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  context,
  confirm,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  context?: string;
  confirm?: Confirmation;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(false);
  const send = () => formRef.current && startTransition(() => formAction(new FormData(formRef.current!)));
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        if (!confirm) return;
        event.preventDefault(); // without JavaScript the form posts at once; with it, ask first
        setAsking(true);
      }}
      className="space-y-2"
      aria-label={context ? `${label} ${context}` : label}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} defaultValue={value} />
      ))}
      <Button type="submit" variant={variant} size="sm" pending={pending} pendingLabel={pendingLabel}>
        {label}
        {context ? <span className="sr-only"> {context}</span> : null}
      </Button>
      <FormStatus state={state} />
      {confirm ? (
        <ConfirmDialog open={asking} onOpenChange={setAsking} onConfirm={send} confirmation={confirm} />
      ) : null}
    </form>
  );
}
