import { useId } from "react";
import { useTranslations } from "next-intl";
import { translateMessage } from "@/lib/i18n/message";

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; required?: boolean };

/**
 * Label, hint and error around one control, wired with aria-describedby so they are announced
 * with it. The required marker sits outside the label, so the accessible name is exactly `label`.
 */
export function FieldShell({
  label,
  error,
  hint,
  required,
  errorTestId,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  errorTestId?: string;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const id = useId();
  // The browser's own check reports catalogue keys; the server's messages arrive already translated.
  const t = useTranslations();
  const shownError = error ? translateMessage(t, error) : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shownError ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <div className="text-sm font-medium text-slate-800">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        required,
        "aria-invalid": shownError ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {shownError ? (
        <p id={errorId} className="text-sm text-red-700" data-testid={errorTestId}>
          {shownError}
        </p>
      ) : null}
    </div>
  );
}

export const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-600";
