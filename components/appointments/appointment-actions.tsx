import Link from "next/link";
import type { FormAction } from "@/lib/actions/form-state";
import type { Decision } from "@/lib/policy/define";
import type { AppointmentAction } from "@/lib/scheduling/appointment-rules";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ReasonForm } from "@/components/forms/reason-form";
import { buttonClass } from "@/components/ui/button";

const cannotUndo = "This cannot be undone from here.";

/** How a visit ended: each asks first, since a mistaken outcome cannot be taken back here. */
const outcomes = [
  {
    action: "complete",
    label: "Mark as completed",
    variant: "primary",
    question: "Mark this visit as completed?",
    meaning: "The visit took place.",
  },
  {
    action: "no_show",
    label: "Mark as no-show",
    variant: "secondary",
    question: "Mark this visit as a no-show?",
    meaning: "The patient did not come.",
  },
] as const;

/** Ending a booking or a request: the reason is emailed, and each asks first. */
const refusals = [
  {
    action: "reject",
    label: "Decline request",
    pending: "Declining…",
    reasonLabel: "Reason for declining",
    question: "Decline this request?",
  },
  {
    action: "cancel",
    label: "Cancel appointment",
    pending: "Cancelling…",
    reasonLabel: "Reason for cancelling",
    question: "Cancel this appointment?",
  },
] as const;

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
  /** Who is emailed about a cancellation or a refusal, e.g. "the patient". */
  notified: string;
}) {
  const allowed = (action: AppointmentAction) => controls[action].allowed;
  const status = (action: "confirm" | "complete" | "no_show") => ({ appointmentId, action });
  if (!Object.values(controls).some((c) => c.allowed)) {
    return (
      <p className="text-slate-700" data-testid="no-actions">
        This appointment can no longer be changed.
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
            label="Confirm appointment"
            pendingLabel="Confirming…"
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
              label={o.label}
              pendingLabel="Saving…"
              variant={o.variant}
              confirm={{
                title: o.question,
                description: `${o.meaning} ${cannotUndo}`,
                confirmLabel: o.label,
                tone: o.variant,
              }}
            />
          ))}
        {allowed("reschedule") ? (
          <Link href={rescheduleHref} className={buttonClass("secondary", "sm")}>
            Move to another time
          </Link>
        ) : null}
      </div>
      {refusals
        .filter((r) => allowed(r.action))
        .map((r) => (
          <ReasonForm
            key={r.action}
            action={r.action === "cancel" ? actions.cancel : actions.changeStatus}
            fields={r.action === "cancel" ? { appointmentId } : { appointmentId, action: "reject" }}
            formLabel={r.label}
            reasonLabel={`${r.reasonLabel} (sent to ${notified})`}
            submitLabel={r.label}
            pendingLabel={r.pending}
            confirm={{
              title: r.question,
              description: `The time is released and ${notified} will be emailed your reason. ${cannotUndo}`,
              confirmLabel: r.label,
            }}
          />
        ))}
    </div>
  );
}
