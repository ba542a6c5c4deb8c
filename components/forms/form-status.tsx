import type { RefObject } from "react";
import type { FormState } from "@/lib/actions/form-state";

/** The form-level outcome, in a live region so screen readers hear it; focused after an error. */
export function FormStatus({ state, statusRef }: { state: FormState; statusRef?: RefObject<HTMLDivElement | null> }) {
  return (
    <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none" data-testid="form-status">
      {state.status === "error" ? (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>
      ) : state.status === "success" ? (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{state.message}</p>
      ) : null}
    </div>
  );
}
