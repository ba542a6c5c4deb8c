"use client";

import { useActionState, useRef, useState } from "react";
import { idleState, type FormAction } from "@/lib/actions/form-state";
import { ConfirmDialog, type Confirmation } from "@/components/ui/confirm-dialog";

/**
 * Posts to the sign-out action the layout passes in (components never import a page's actions).
 * With a confirmation (ending every session), it asks first; without JavaScript the form posts at once.
 */
export function SignOutButton({
  action,
  label,
  pendingLabel,
  confirmation,
  testId,
}: {
  action: FormAction;
  label: string;
  pendingLabel: string;
  confirmation?: Confirmation;
  testId?: string;
}) {
  const [, formAction, pending] = useActionState(action, idleState);
  const [asking, setAsking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(event) => {
        if (!confirmation || confirmed.current) return;
        event.preventDefault();
        setAsking(true);
      }}
    >
      <button
        type="submit"
        disabled={pending}
        data-testid={testId}
        className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        {pending ? pendingLabel : label}
      </button>
      {confirmation ? (
        <ConfirmDialog
          open={asking}
          onOpenChange={setAsking}
          confirmation={confirmation}
          onConfirm={() => {
            confirmed.current = true;
            form.current?.requestSubmit();
          }}
        />
      ) : null}
    </form>
  );
}
