"use client";

import { useTranslations } from "next-intl";
import { createDoctorAction } from "../../actions";
import { createDoctorSchema } from "@/lib/staff/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

type Field = "name" | "email" | "licenseNumber" | "yearsOfExperience" | "fee" | "slotMinutes" | "location";

export function CreateDoctorForm({
  specialties,
  currency,
}: {
  specialties: { id: string; name: string }[];
  /** The clinic currency's sign, for the fee's label. */
  currency: string;
}) {
  const t = useTranslations("client.staff.newDoctor");
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
    <form {...formProps} className="space-y-4" aria-label={t("label")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField label={t("name")} autoComplete="off" {...field("name")} />
      <TextField label={t("email")} type="email" autoComplete="off" hint={t("emailHint")} {...field("email")} />
      <SelectField
        label={t("specialty")}
        required
        placeholder={t("chooseSpecialty")}
        options={specialties.map((s) => ({ value: s.id, label: s.name }))}
        registration={register("specialtyId")}
        error={errorFor("specialtyId")}
        defaultValue={valueFor("specialtyId")}
      />
      <TextField label={t("licence")} {...field("licenseNumber")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField
          label={t("years")}
          type="number"
          inputMode="numeric"
          min={0}
          max={70}
          {...field("yearsOfExperience")}
        />
        <TextField label={t("fee", { currency })} inputMode="decimal" hint={t("feeHint")} {...field("fee")} />
        <TextField
          label={t("slotMinutes")}
          type="number"
          inputMode="numeric"
          min={5}
          max={240}
          {...field("slotMinutes")}
        />
      </div>
      <TextField label={t("location")} hint={t("locationHint")} {...field("location", false)} />
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
