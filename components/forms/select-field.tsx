import type { SelectHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlClass, FieldShell } from "./field-shell";

type Props = {
  label: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  /** A first, empty choice such as "Choose a specialty". */
  placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">;

export function SelectField({ label, error, hint, registration, required, options, placeholder, ...select }: Props) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} errorTestId={`error-${registration.name}`}>
      {(control) => (
        <select {...select} {...registration} {...control} className={controlClass}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
