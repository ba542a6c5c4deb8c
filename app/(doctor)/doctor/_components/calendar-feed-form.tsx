"use client";

import { useTranslations } from "next-intl";
import { calendarFeedSchema } from "@/lib/doctors/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { controlClass } from "@/components/forms/field-shell";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { regenerateCalendarFeedAction } from "../actions";

export function CalendarFeedForm({ doctorId, hasFeed }: { doctorId: string; hasFeed: boolean }) {
  const t = useTranslations("client.staff.calendarFeed");
  const { state, pending, register, statusRef, formProps, confirmProps } = useActionForm(
    calendarFeedSchema,
    regenerateCalendarFeedAction,
    { doctorId },
    { confirm: hasFeed },
  );
  const url = state.status === "success" ? /https?:\/\/\S+/.exec(state.message)?.[0] : undefined;
  return (
    <form {...formProps} className="space-y-3" aria-label={t("label")}>
      <FormStatus state={state} statusRef={statusRef} />
      {url ? (
        <label className="block space-y-1">
          <span className="text-sm font-medium">{t("yourLink")}</span>
          <input
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className={controlClass}
            data-testid="calendar-feed-url"
          />
        </label>
      ) : null}
      <input type="hidden" {...register("doctorId")} />
      {hasFeed ? (
        <ConfirmDialog
          {...confirmProps}
          confirmation={{
            title: t("confirmTitle"),
            description: t("confirmDescription"),
            confirmLabel: t("confirmLabel"),
            tone: "primary",
          }}
        />
      ) : null}
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("creating")}>
          {hasFeed || url ? t("regenerate") : t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}
