"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { FormAction } from "@/lib/actions/form-state";
import type { PatientProfileValues } from "@/lib/patients/profile";
import { BLOOD_GROUPS, patientProfileSchema, REMINDER_CHANNELS } from "@/lib/patients/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SelectField } from "@/components/forms/select-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

type Field = keyof z.input<typeof patientProfileSchema>;

function Group({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/**
 * Every field of a patient's profile. The patient uses it for themself and an administrator for any
 * patient: `action` decides who, and the server checks the caller may edit this patient.
 */
export function PatientProfileForm({
  values,
  languages,
  action,
}: {
  values: PatientProfileValues;
  languages: { code: string; name: string }[];
  action: FormAction;
}) {
  const t = useTranslations("account.profile");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(
    patientProfileSchema,
    action,
    values,
  );
  const text = (
    name: Exclude<Field, "patientId" | "bloodGroup" | "locale" | "reminderChannel">,
    options: { required?: boolean; type?: string; max?: number } = {},
  ) => (
    <TextField
      label={t(`fields.${name}`)}
      type={options.type}
      required={options.required}
      maxLength={options.max}
      registration={register(name)}
      error={errorFor(name)}
    />
  );
  const area = (name: "allergies" | "medicalHistory" | "currentMedications", max: number) => (
    <div className="sm:col-span-2">
      <TextAreaField
        label={t(`fields.${name}`)}
        hint={t("hints.freeText")}
        maxLength={max}
        registration={register(name)}
        error={errorFor(name)}
      />
    </div>
  );
  return (
    <form {...formProps} className="space-y-6" aria-label={t("formLabel")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("patientId")} />
      <Group legend={t("groups.personal")}>
        {text("name", { required: true, max: 120 })}
        {text("phone", { required: true, type: "tel", max: 20 })}
        {text("dateOfBirth", { required: true, type: "date" })}
      </Group>
      <Group legend={t("groups.address")}>
        <div className="sm:col-span-2">{text("address", { max: 200 })}</div>
        {text("city", { max: 80 })}
        {text("postalCode", { max: 20 })}
      </Group>
      <Group legend={t("groups.emergency")}>
        {text("emergencyName", { max: 120 })}
        {text("emergencyRelationship", { max: 60 })}
        {text("emergencyPhone", { type: "tel", max: 20 })}
      </Group>
      <Group legend={t("groups.medical")}>
        <SelectField
          label={t("fields.bloodGroup")}
          placeholder={t("notKnown")}
          options={BLOOD_GROUPS.map((g) => ({ value: g, label: t(`bloodGroups.${g}`) }))}
          registration={register("bloodGroup")}
          error={errorFor("bloodGroup")}
        />
        {area("allergies", 2000)}
        {area("medicalHistory", 4000)}
        {area("currentMedications", 2000)}
      </Group>
      <Group legend={t("groups.insurance")}>
        {text("insuranceProvider", { max: 120 })}
        {text("insuranceNumber", { max: 60 })}
      </Group>
      <Group legend={t("groups.preferences")}>
        <SelectField
          label={t("fields.locale")}
          placeholder={t("languageAuto")}
          options={languages.map((l) => ({ value: l.code, label: l.name }))}
          registration={register("locale")}
          error={errorFor("locale")}
        />
        <SelectField
          label={t("fields.reminderChannel")}
          hint={t("hints.reminderChannel")}
          options={REMINDER_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          registration={register("reminderChannel")}
          error={errorFor("reminderChannel")}
        />
      </Group>
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
