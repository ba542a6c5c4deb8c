import { useId, type InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  label: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ label, error, hint, registration, required, ...input }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <div className="text-sm font-medium text-slate-800">
        <label htmlFor={id}>{label}</label>
        {/* Outside the label so the field's accessible name stays exactly the label; `required` says it. */}
        {required ? <span className="text-red-700" aria-hidden="true"> *</span> : null}
      </div>
      {hint ? <p id={hintId} className="text-xs text-slate-600">{hint}</p> : null}
      <input
        id={id}
        {...input}
        {...registration}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-600"
      />
      {error ? (
        <p id={errorId} className="text-sm text-red-700" data-testid={`error-${registration.name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
