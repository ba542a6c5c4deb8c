"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { updateSettingsAction } from "./actions";
import { clinicSettingsSchema } from "@/lib/settings/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export type SettingsDefaults = {
  name: string;
  address: string;
  phone: string;
  email: string;
  timeZone: string;
  cancellationCutoffHours: string;
  minNoticeMinutes: string;
  bookingWindowDays: string;
  requireDoctorConfirmation: boolean;
  requirePatientMfa: boolean;
  reminderLeadMinutes: string;
  staffIdleMinutes: string;
};

/** The words of the sign-in part, from the catalogue (the page translates them). */
export type SessionFieldLabels = { legend: string; label: string; hint: string };

type TextName = Exclude<keyof SettingsDefaults, "requireDoctorConfirmation" | "requirePatientMfa" | "timeZone">;

export function SettingsForm({
  defaults,
  timeZones,
  sessionLabels,
}: {
  defaults: SettingsDefaults;
  timeZones: string[];
  sessionLabels: SessionFieldLabels;
}) {
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(
    clinicSettingsSchema,
    updateSettingsAction,
    defaults,
  );
  const t = useTranslations("client.staff.settings");
  const [zone, setZone] = useState(defaults.timeZone);
  const field = (name: TextName, required = false) => ({
    registration: register(name),
    error: errorFor(name),
    required,
  });
  const zoneRegistration = register("timeZone");
  return (
    <form {...formProps} className="space-y-6" aria-label={t("label")}>
      <FormStatus state={state} statusRef={statusRef} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("clinic")}</legend>
        <TextField label={t("name")} {...field("name", true)} />
        <TextField label={t("address")} {...field("address")} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField label={t("phone")} type="tel" {...field("phone")} />
          <TextField label={t("email")} type="email" {...field("email")} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("timeZone")}</legend>
        <SelectField
          label={t("timeZone")}
          required
          options={timeZones.map((z) => ({ value: z, label: z }))}
          registration={{
            ...zoneRegistration,
            onChange: (event) => (setZone(event.target.value), zoneRegistration.onChange(event)),
          }}
          error={errorFor("timeZone")}
        />
        {zone !== defaults.timeZone ? (
          <div
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
            data-testid="zone-warning"
            role="note"
          >
            <p className="font-medium">{t("zoneWarning", { from: defaults.timeZone, to: zone })}</p>
            <ul className="mt-1 list-disc space-y-0.5 ps-5">
              <li>{t("zoneHours")}</li>
              <li>{t("zoneHolidays")}</li>
              <li>{t("zoneAppointments")}</li>
              <li>{t("zoneDates")}</li>
            </ul>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("rules")}</legend>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField
            label={t("cutoff")}
            type="number"
            inputMode="numeric"
            hint={t("cutoffHint")}
            {...field("cancellationCutoffHours", true)}
          />
          <TextField
            label={t("notice")}
            type="number"
            inputMode="numeric"
            hint={t("noticeHint")}
            {...field("minNoticeMinutes", true)}
          />
          <TextField
            label={t("window")}
            type="number"
            inputMode="numeric"
            hint={t("windowHint")}
            {...field("bookingWindowDays", true)}
          />
        </div>
        <div className="flex items-start gap-2">
          <input
            id="requireDoctorConfirmation"
            type="checkbox"
            className="mt-1 h-4 w-4"
            {...register("requireDoctorConfirmation")}
          />
          <label htmlFor="requireDoctorConfirmation" className="text-sm">
            <span className="font-medium">{t("confirmation")}</span>
            <span className="block text-slate-600">{t("confirmationHint")}</span>
          </label>
        </div>
        <div className="flex items-start gap-2">
          <input id="requirePatientMfa" type="checkbox" className="mt-1 h-4 w-4" {...register("requirePatientMfa")} />
          <label htmlFor="requirePatientMfa" className="text-sm">
            <span className="font-medium">{t("requirePatientMfa")}</span>
            <span className="block text-slate-600">{t("requirePatientMfaDetail")}</span>
          </label>
        </div>
        <TextField label={t("reminders")} hint={t("remindersHint")} {...field("reminderLeadMinutes")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{sessionLabels.legend}</legend>
        <TextField
          label={sessionLabels.label}
          type="number"
          inputMode="numeric"
          hint={sessionLabels.hint}
          {...field("staffIdleMinutes", true)}
        />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
