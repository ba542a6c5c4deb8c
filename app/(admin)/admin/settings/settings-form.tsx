"use client";

import { useState } from "react";
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
  reminderLeadMinutes: string;
};

type TextName = Exclude<keyof SettingsDefaults, "requireDoctorConfirmation" | "timeZone">;

export function SettingsForm({ defaults, timeZones }: { defaults: SettingsDefaults; timeZones: string[] }) {
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(
    clinicSettingsSchema,
    updateSettingsAction,
    defaults,
  );
  const [zone, setZone] = useState(defaults.timeZone);
  const field = (name: TextName, required = false) => ({
    registration: register(name),
    error: errorFor(name),
    required,
  });
  const zoneRegistration = register("timeZone");
  return (
    <form {...formProps} className="space-y-6" aria-label="Clinic settings">
      <FormStatus state={state} statusRef={statusRef} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Clinic</legend>
        <TextField label="Name" {...field("name", true)} />
        <TextField label="Address" {...field("address")} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField label="Phone" type="tel" {...field("phone")} />
          <TextField label="Email" type="email" {...field("email")} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Time zone</legend>
        <SelectField
          label="Time zone"
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
            <p className="font-medium">
              Changing the time zone from {defaults.timeZone} to {zone} affects:
            </p>
            <ul className="mt-1 list-disc space-y-0.5 ps-5">
              <li>
                every doctor&apos;s weekly hours and breaks, which are read as local times in the new zone, so free
                times move;
              </li>
              <li>holidays, which close whole days in the new zone;</li>
              <li>
                existing appointments keep their exact moment, so they show at different local times to patients and
                doctors;
              </li>
              <li>dates in the dashboard, reports and exports.</li>
            </ul>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Booking rules</legend>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField
            label="Cancellation cut-off (hours)"
            type="number"
            inputMode="numeric"
            hint="Patients may cancel or move until this long before."
            {...field("cancellationCutoffHours", true)}
          />
          <TextField
            label="Minimum notice (minutes)"
            type="number"
            inputMode="numeric"
            hint="The earliest a new booking may start."
            {...field("minNoticeMinutes", true)}
          />
          <TextField
            label="Booking window (days)"
            type="number"
            inputMode="numeric"
            hint="How far ahead patients may book."
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
            <span className="font-medium">New bookings need the doctor&apos;s confirmation</span>
            <span className="block text-slate-600">
              Bookings and patient moves wait as &ldquo;awaiting confirmation&rdquo; until the doctor or an
              administrator confirms.
            </span>
          </label>
        </div>
        <TextField
          label="Reminder lead times (minutes)"
          hint="Comma-separated, e.g. 1440, 120 for a day and two hours before. Leave empty for no reminders."
          {...field("reminderLeadMinutes")}
        />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save settings
      </SubmitButton>
    </form>
  );
}
