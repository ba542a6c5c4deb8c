"use client";

import { useActionState, useId } from "react";
import { idleState, type FormAction } from "@/lib/actions/form-state";

/**
 * A select and a button: the choice is sent only when asked for (changing the select alone does not
 * navigate, which keyboard and screen-reader users rely on). Works without JavaScript too.
 */
export function LanguageForm({
  action,
  choices,
  current,
  returnTo,
  label,
  submit,
}: {
  action: FormAction;
  choices: { code: string; name: string }[];
  current: string;
  returnTo: string;
  label: string;
  submit: string;
}) {
  const [, formAction, pending] = useActionState(action, idleState);
  const id = useId();
  return (
    <form action={formAction} className="flex items-center gap-1" aria-label={label}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name="locale"
        defaultValue={current}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {choices.map((c) => (
          <option key={c.code} value={c.code} lang={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md px-2 py-1.5 text-sm font-medium text-teal-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        {submit}
      </button>
    </form>
  );
}
