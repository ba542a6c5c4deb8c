import type { TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlClass, FieldShell } from "./field-shell";

type Props = {
  label: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

export function TextAreaField({ label, error, hint, registration, required, rows = 3, ...textarea }: Props) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} errorTestId={`error-${registration.name}`}>
      {(control) => <textarea rows={rows} {...textarea} {...registration} {...control} className={controlClass} />}
    </FieldShell>
  );
}
