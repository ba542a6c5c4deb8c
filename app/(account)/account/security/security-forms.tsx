"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import { confirmEnrolmentSchema, disableMfaSchema } from "@/lib/mfa/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** Scan, type the first code; then the recovery codes replace the form until the person moves on. */
export function ConfirmEnrolmentForm({
  action,
  qrDataUrl,
  secret,
  continueHref,
}: {
  action: FormAction;
  qrDataUrl: string;
  secret: string;
  continueHref: string;
}) {
  const t = useTranslations("account.security");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(confirmEnrolmentSchema, action);
  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <FormStatus state={state} statusRef={statusRef} />
        {/* A full page load, so the whole app sees the finished enrolment. */}
        <a
          href={continueHref}
          className="inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
        >
          {t("savedContinue")}
        </a>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-3 ps-5 text-slate-800">
        <li>{t("stepInstall")}</li>
        <li>
          {t("stepScan")}
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
          <img src={qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="my-2 rounded border bg-white" />
          <p className="text-sm">
            {t("manualEntry")}{" "}
            <code className="rounded bg-slate-100 px-1 font-mono break-all" data-testid="totp-secret">
              {secret.match(/.{1,4}/g)?.join(" ")}
            </code>
          </p>
        </li>
        <li>{t("stepConfirm")}</li>
      </ol>
      <form {...formProps} className="space-y-4" aria-label={t("confirmTitle")}>
        <FormStatus state={state} statusRef={statusRef} />
        <TextField
          label={t("firstCode")}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          registration={register("code")}
          error={errorFor("code")}
        />
        <SubmitButton pending={pending} pendingLabel={t("confirming")}>
          {t("confirm")}
        </SubmitButton>
      </form>
    </div>
  );
}

/** Turning the second factor off: password and a current code, after a confirmation. */
export function DisableSecondFactorForm({ action }: { action: FormAction }) {
  const t = useTranslations("account.security");
  const { state, pending, register, errorFor, statusRef, formProps, confirmProps } = useActionForm(
    disableMfaSchema,
    action,
    undefined,
    { confirm: true },
  );
  return (
    <form {...formProps} className="space-y-4" aria-label={t("disableTitle")}>
      <FormStatus state={state} statusRef={statusRef} />
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        required
        registration={register("password")}
        error={errorFor("password")}
      />
      <TextField
        label={t("currentCode")}
        autoComplete="one-time-code"
        required
        registration={register("code")}
        error={errorFor("code")}
      />
      <Button type="submit" variant="danger" pending={pending} pendingLabel={t("disabling")}>
        {t("disable")}
      </Button>
      <ConfirmDialog
        {...confirmProps}
        confirmation={{ title: t("disableAsk"), description: t("disableAskDetail"), confirmLabel: t("disable") }}
      />
    </form>
  );
}
