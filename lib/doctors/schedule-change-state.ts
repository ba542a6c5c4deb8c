// A schedule change's domain result as the hours and leave forms show it. Messages are catalogue keys
// (the action wrapper translates them); the affected appointments' times are formatted for `intlLocale`.
import type { FormState } from "@/lib/actions/form-state";
import { formatDateTime } from "@/lib/format/datetime";
import { msg } from "@/lib/i18n/message";
import { MIN_CANCEL_REASON, type ScheduleChangeResult } from "./stranded";

/** What was saved: working hours or leave. */
export type ScheduleChangeSaved = "hours" | "leave";

/** Outcome words ("Leave added."), or the affected appointments next to the keep-or-cancel choice. */
export function scheduleChangeState(
  result: ScheduleChangeResult,
  saved: ScheduleChangeSaved,
  intlLocale?: string,
): FormState {
  if (result.outcome === "saved") {
    const { kept, cancelled } = result;
    if (cancelled)
      return { status: "success", message: msg("doctor.scheduleChange.savedCancelled", { saved, count: cancelled }) };
    if (kept) return { status: "success", message: msg("doctor.scheduleChange.savedKept", { saved, count: kept }) };
    return { status: "success", message: msg("doctor.scheduleChange.saved", { saved }) };
  }
  const count = result.stranded.length;
  const reasonError = msg("doctor.scheduleChange.reasonTooShort", { min: MIN_CANCEL_REASON });
  const message = result.reasonMissing
    ? "doctor.scheduleChange.reasonMissing"
    : msg("doctor.scheduleChange.needsDecision", { count });
  return {
    status: "error",
    message,
    fieldErrors: { strandedChoice: [message], ...(result.reasonMissing ? { cancelReason: [reasonError] } : {}) },
    affected: result.stranded.map((a) => ({
      id: a.id,
      label: `${formatDateTime(a.startsAt, result.timeZone, intlLocale)} — ${a.patientName}`,
    })),
  };
}
