"use client";

import { registerAsPatient } from "../actions";
import { registerPatientSchema } from "@/lib/users/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function RegisterForm() {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    registerPatientSchema,
    registerAsPatient,
  );
  const field = (name: "name" | "email" | "phone" | "dateOfBirth") => ({
    registration: register(name),
    error: errorFor(name),
    defaultValue: valueFor(name),
    required: true,
  });
  return (
    <form {...formProps} className="space-y-4" aria-label="Create an account">
      <FormStatus state={state} statusRef={statusRef} />
      <TextField label="Full name" autoComplete="name" {...field("name")} />
      <TextField label="Email" type="email" autoComplete="email" {...field("email")} />
      <TextField
        label="Phone"
        type="tel"
        autoComplete="tel"
        hint="So the clinic can reach you about a visit."
        {...field("phone")}
      />
      <TextField label="Date of birth" type="date" autoComplete="bday" {...field("dateOfBirth")} />
      <NewPasswordField label="Password" registration={register("password")} error={errorFor("password")} />
      <TextField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        required
        registration={register("confirmPassword")}
        error={errorFor("confirmPassword")}
      />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
