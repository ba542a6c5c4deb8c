"use client";

import { createAdminAction } from "../../actions";
import { createAdminSchema } from "@/lib/staff/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export function CreateAdminForm() {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    createAdminSchema,
    createAdminAction,
  );
  return (
    <form {...formProps} className="space-y-4" aria-label="New administrator">
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label="Full name"
        autoComplete="off"
        required
        registration={register("name")}
        error={errorFor("name")}
        defaultValue={valueFor("name")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        required
        hint="They get a link here to set their password."
        registration={register("email")}
        error={errorFor("email")}
        defaultValue={valueFor("email")}
      />
      <SubmitButton pending={pending} pendingLabel="Creating the account…">
        Create administrator account
      </SubmitButton>
    </form>
  );
}
