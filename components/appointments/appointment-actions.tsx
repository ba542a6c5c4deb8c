import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/form-state";
import type { Decision } from "@/lib/policy/define";
import type { AppointmentAction } from "@/lib/scheduling/appointment-rules";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ReasonForm } from "@/components/forms/reason-form";
import { buttonClass } from "@/components/ui/button";

/** How a visit ended: each asks first, since a mistaken outcome cannot be taken back here. */
const outcomes = [
  { action: "complete", variant: "primary" },
  { action: "no_show", variant: "secondary" },
] as const;

/** Ending a booking or a request: the reason is emailed, and each asks first. */
const refusals = ["reject", "cancel"] as const;

/**
 * The staff controls of one appointment, for the doctor's page and the console's: only what the
 * policy allows now (`controls`, from appointmentControls), each posting to the caller's own action.
 */
export function AppointmentActions({
  appointmentId,
  controls,
  actions,
  rescheduleHref,
  notified,
}: {
  appointmentId: string;
  controls: Record<AppointmentAction, Decision>;
  actions: { changeStatus: FormAction; cancel: FormAction };
  rescheduleHref: string;
  /** Who is emailed about a cancellation or a refusal, in the page's language, e.g. "the patient". */
  notified: string;
}) {
  const t = useTranslations("status.actions");
  const allowed = (action: AppointmentAction) => controls[action].allowed;
  const status = (action: "confirm" | "complete" | "no_show") => ({ appointmentId, action });
  if (!Object.values(controls).some((c) => c.allowed)) {
    return (
      <p className="text-slate-700" data-testid="no-actions">
        {t("noActions")}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-3">
        {allowed("confirm") ? (
          <ActionButtonForm
            action={actions.changeStatus}
            fields={status("confirm")}
            label={t("confirm")}
            pendingLabel={t("confirming")}
            variant="primary"
          />
        ) : null}
        {outcomes
          .filter((o) => allowed(o.action))
          .map((o) => (
            <ActionButtonForm
              key={o.action}
              action={actions.changeStatus}
              fields={status(o.action)}
              label={t(`${o.action}.label`)}
              pendingLabel={t("saving")}
              variant={o.variant}
              confirm={{
                title: t(`${o.action}.question`),
                description: `${t(`${o.action}.meaning`)} ${t("cannotUndo")}`,
                confirmLabel: t(`${o.action}.label`),
                tone: o.variant,
              }}
            />
          ))}
        {allowed("reschedule") ? (
          <Link href={rescheduleHref} className={buttonClass("secondary", "sm")}>
            {t("move")}
          </Link>
        ) : null}
      </div>
      {refusals
        .filter((action) => allowed(action))
        .map((action) => (
          <ReasonForm
            key={action}
            action={action === "cancel" ? actions.cancel : actions.changeStatus}
            fields={action === "cancel" ? { appointmentId } : { appointmentId, action: "reject" }}
            formLabel={t(`${action}.label`)}
            reasonLabel={t(`${action}.reason`, { notified })}
            submitLabel={t(`${action}.label`)}
            pendingLabel={t(`${action}.pending`)}
            confirm={{
              title: t(`${action}.question`),
              description: `${t("released", { notified })} ${t("cannotUndo")}`,
              confirmLabel: t(`${action}.label`),
            }}
          />
        ))}
    </div>
  );
}
