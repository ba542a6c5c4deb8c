"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { profileFormSchema } from "@/lib/doctors/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { controlClass, FieldShell } from "@/components/forms/field-shell";
import { TextField } from "@/components/forms/text-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

type Profile = {
  id: string;
  specialtyId: string;
  licenseNumber: string;
  yearsOfExperience: number;
  feeCents: number;
  location: string | null;
  bio: string | null;
  acceptingPatients: boolean;
};

/**
 * The professional profile patients see. Used by the doctor for their own profile and by an admin
 * for any doctor's: `action` decides who, and the server checks the caller may edit this doctor.
 */
export function ProfileForm({
  profile,
  specialties,
  action,
  currency,
}: {
  profile: Profile;
  specialties: { id: string; name: string }[];
  action: FormAction;
  /** The clinic currency's sign, for the fee's label. */
  currency: string;
}) {
  const t = useTranslations("client.staff.profile");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(profileFormSchema, action, {
    doctorId: profile.id,
    specialtyId: profile.specialtyId,
    licenseNumber: profile.licenseNumber,
    yearsOfExperience: profile.yearsOfExperience,
    fee: (profile.feeCents / 100).toFixed(2),
    location: profile.location ?? "",
    bio: profile.bio ?? "",
    acceptingPatients: profile.acceptingPatients,
  });
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-label={t("label")}>
      <FormStatus state={state} statusRef={statusRef} />
      <input type="hidden" {...register("doctorId")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FieldShell label={t("specialty")} required error={errorFor("specialtyId")} errorTestId="error-specialtyId">
          {(control) => (
            <select {...register("specialtyId")} {...control} className={controlClass}>
              {specialties.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <TextField
          label={t("licence")}
          required
          maxLength={40}
          registration={register("licenseNumber")}
          error={errorFor("licenseNumber")}
        />
        <TextField
          label={t("years")}
          type="number"
          inputMode="numeric"
          min={0}
          max={70}
          required
          registration={register("yearsOfExperience")}
          error={errorFor("yearsOfExperience")}
        />
        <TextField
          label={t("fee", { currency })}
          inputMode="decimal"
          hint={t("feeHint")}
          required
          registration={register("fee")}
          error={errorFor("fee")}
        />
      </div>
      <TextField
        label={t("location")}
        hint={t("locationHint")}
        maxLength={120}
        registration={register("location")}
        error={errorFor("location")}
      />
      <TextAreaField
        label={t("bio")}
        hint={t("bioHint")}
        rows={4}
        maxLength={1000}
        registration={register("bio")}
        error={errorFor("bio")}
      />
      <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
        <input type="checkbox" {...register("acceptingPatients")} className="mt-1 h-4 w-4" />
        <span>
          <span className="font-medium">{t("accepting")}</span>
          <span className="block text-sm text-slate-600">{t("acceptingHint")}</span>
        </span>
      </label>
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
