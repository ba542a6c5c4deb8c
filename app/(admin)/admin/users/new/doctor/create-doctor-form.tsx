"use client";

import { createDoctorAction } from "../../actions";
import { createDoctorSchema } from "@/lib/staff/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

type Field = "name" | "email" | "licenseNumber" | "yearsOfExperience" | "fee" | "slotMinutes" | "location";

export function CreateDoctorForm({ specialties }: { specialties: { id: string; name: string }[] }) {
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    createDoctorSchema,
    createDoctorAction,
    {
      yearsOfExperience: "0",
      slotMinutes: "30",
    },
  );
  const field = (name: Field, required = true) => ({
    registration: register(name),
    error: errorFor(name),
    defaultValue: valueFor(name),
    required,
  });
  return (
    <form {...formProps} className="space-y-4" aria-label="New doctor">
      <FormStatus state={state} statusRef={statusRef} />
      <TextField label="Full name" autoComplete="off" {...field("name")} />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        hint="The doctor gets a link here to set their password."
        {...field("email")}
      />
      <SelectField
        label="Specialty"
        required
        placeholder="Choose a specialty"
        options={specialties.map((s) => ({ value: s.id, label: s.name }))}
        registration={register("specialtyId")}
        error={errorFor("specialtyId")}
        defaultValue={valueFor("specialtyId")}
      />
      <TextField label="Licence number" {...field("licenseNumber")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField
          label="Years of experience"
          type="number"
          inputMode="numeric"
          min={0}
          max={70}
          {...field("yearsOfExperience")}
        />
        <TextField label="Fee (£)" inputMode="decimal" hint="Per consultation, e.g. 60 or 62.50" {...field("fee")} />
        <TextField
          label="Slot length (minutes)"
          type="number"
          inputMode="numeric"
          min={5}
          max={240}
          {...field("slotMinutes")}
        />
      </div>
      <TextField label="Location" hint="Optional, e.g. Riverside, Room 3" {...field("location", false)} />
      <SubmitButton pending={pending} pendingLabel="Creating the account…">
        Create doctor account
      </SubmitButton>
    </form>
  );
}
