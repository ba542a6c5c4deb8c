import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlClass, FieldShell } from "./field-shell";

type Props = {
  label: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

export function TextField({ label, error, hint, registration, required, ...input }: Props) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} errorTestId={`error-${registration.name}`}>
      {(control) => <input {...input} {...registration} {...control} className={controlClass} />}
    </FieldShell>
  );
}
