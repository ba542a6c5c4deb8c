import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/session";
import { roleHome } from "@/lib/auth/roles";
import { getClinicSettings } from "@/lib/settings/queries";
import { getSecurityOverviewForUser } from "@/lib/mfa/queries";
import { WithMessages } from "@/components/i18n/with-messages";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import {
  confirmEnrolmentAction,
  disableSecondFactorAction,
  regenerateRecoveryCodesAction,
  startEnrolmentAction,
} from "./actions";
import { ConfirmEnrolmentForm, DisableSecondFactorForm } from "./security-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.security"))("title") };
}

export default async function SecurityPage() {
  const actor = await requireSignedIn();
  const [t, clinic] = await Promise.all([getTranslations("account.security"), getClinicSettings()]);
  const overview = await getSecurityOverviewForUser(actor, clinic.name);
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-5";
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      {actor.mustEnrolSecondFactor ? (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950"
          data-testid="mfa-required"
        >
          {t("required")}
        </p>
      ) : null}
      <WithMessages namespaces={["account"]}>
        {overview.enabledAt ? (
          <>
            <section className={section} aria-labelledby="mfa-on">
              <h2 id="mfa-on" className="text-lg font-semibold">
                {t("onTitle")}
              </h2>
              <p data-testid="mfa-status">{t("onDetail", { left: overview.recoveryCodesLeft })}</p>
              <ActionButtonForm
                action={regenerateRecoveryCodesAction}
                fields={{}}
                label={t("regenerate")}
                pendingLabel={t("regenerating")}
                confirm={{
                  title: t("regenerateAsk"),
                  description: t("regenerateAskDetail"),
                  confirmLabel: t("regenerate"),
                  tone: "primary",
                }}
              />
            </section>
            <section className={section} aria-labelledby="mfa-off">
              <h2 id="mfa-off" className="text-lg font-semibold">
                {t("disableTitle")}
              </h2>
              <p className="text-sm text-slate-700">{t("disableDetail")}</p>
              <DisableSecondFactorForm action={disableSecondFactorAction} />
            </section>
          </>
        ) : overview.pending ? (
          <section className={section} aria-labelledby="mfa-setup">
            <h2 id="mfa-setup" className="text-lg font-semibold">
              {t("confirmTitle")}
            </h2>
            <ConfirmEnrolmentForm
              action={confirmEnrolmentAction}
              qrDataUrl={overview.pending.qrDataUrl}
              secret={overview.pending.secret}
              continueHref={roleHome[actor.role]}
            />
          </section>
        ) : (
          <section className={section} aria-labelledby="mfa-start">
            <h2 id="mfa-start" className="text-lg font-semibold">
              {t("offTitle")}
            </h2>
            <p className="text-slate-700">{t("offDetail")}</p>
            <ActionButtonForm
              action={startEnrolmentAction}
              fields={{}}
              label={t("start")}
              pendingLabel={t("starting")}
              variant="primary"
            />
          </section>
        )}
      </WithMessages>
    </div>
  );
}
