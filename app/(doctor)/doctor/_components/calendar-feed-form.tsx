"use client";

import { calendarFeedSchema } from "@/lib/doctors/profile-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { controlClass } from "@/components/forms/field-shell";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { regenerateCalendarFeedAction } from "../actions";

export function CalendarFeedForm({ doctorId, hasFeed }: { doctorId: string; hasFeed: boolean }) {
  const { state, pending, register, statusRef, formProps } = useActionForm(calendarFeedSchema, regenerateCalendarFeedAction, { doctorId });
  const url = state.status === "success" ? /https?:\/\/\S+/.exec(state.message)?.[0] : undefined;
  return (
    <form {...formProps} className="space-y-3" aria-label="Calendar feed">
      <FormStatus state={state} statusRef={statusRef} />
      {url ? (
        <label className="block space-y-1">
          <span className="text-sm font-medium">Your private calendar link</span>
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} className={controlClass} data-testid="calendar-feed-url" />
        </label>
      ) : null}
      <input type="hidden" {...register("doctorId")} />
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Creating…">{hasFeed || url ? "Regenerate link" : "Create private link"}</SubmitButton>
      </div>
    </form>
  );
}
