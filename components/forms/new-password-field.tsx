"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { judgePassword, PASSWORD_LENGTH } from "@/lib/users/password-policy";
import { TextField } from "./text-field";

const barColour = ["bg-red-600", "bg-red-600", "bg-amber-500", "bg-teal-600", "bg-emerald-700"] as const;

/**
 * The field where someone chooses a password, with a live strength hint worked out by the same
 * policy the server's schema applies, so "will be refused" here means refused there too.
 */
export function NewPasswordField({
  label,
  registration,
  error,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  const t = useTranslations("client.password");
  const [value, setValue] = useState("");
  const verdict = useMemo(() => (value ? judgePassword(value) : null), [value]);
  const tracked: UseFormRegisterReturn = {
    ...registration,
    onChange: (event) => {
      setValue(String(event.target.value ?? ""));
      return registration.onChange(event);
    },
  };
  const level = verdict ? (verdict.listed ? "listed" : (`level${verdict.score}` as const)) : null;
  const filled = verdict ? (verdict.listed ? 0 : verdict.score) : 0;
  return (
    <div className="space-y-1">
      <TextField
        label={label}
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_LENGTH.max * 2}
        hint={t("hint")}
        registration={tracked}
        error={error}
      />
      <div className="flex gap-1" aria-hidden="true">
        {[1, 2, 3, 4].map((bar) => (
          <span
            key={bar}
            className={`h-1.5 flex-1 rounded ${verdict && bar <= Math.max(filled, 1) ? barColour[filled] : "bg-slate-200"}`}
          />
        ))}
      </div>
      <p className="min-h-5 text-xs text-slate-700" aria-live="polite" data-testid="password-strength">
        {level ? t("strength", { level: t(level) }) : null}
      </p>
    </div>
  );
}
