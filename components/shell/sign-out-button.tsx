"use client";

import { useActionState } from "react";
import { idleState, type FormAction } from "@/lib/actions/form-state";

/** Posts to the sign-out action the layout passes in (components never import a page's actions). */
export function SignOutButton({
  action,
  label,
  pendingLabel,
}: {
  action: FormAction;
  label: string;
  pendingLabel: string;
}) {
  const [, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
