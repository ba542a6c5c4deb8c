"use client";

import { useActionState } from "react";
import { signOutOfClinic } from "@/app/(auth)/actions";
import { idleState } from "@/lib/actions/form-state";

export function SignOutButton() {
  const [, action, pending] = useActionState(signOutOfClinic, idleState);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700">
        {pending ? "Signing out…" : "Sign out"}
      </button>
    </form>
  );
}
