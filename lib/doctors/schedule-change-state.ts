// A schedule change's domain result as the hours and leave forms show it.
import type { FormState } from "@/lib/actions/form-state";
import { formatDateTime } from "@/lib/format/datetime";
import { MIN_CANCEL_REASON, type ScheduleChangeResult } from "./stranded";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Outcome words after `saved` ("Leave added."), or the affected appointments next to the keep-or-cancel choice. */
export function scheduleChangeState(result: ScheduleChangeResult, saved: string): FormState {
  if (result.outcome === "saved") {
    const { kept, cancelled } = result;
    if (cancelled)
      return {
        status: "success",
        message: `${saved} ${cancelled} appointment${plural(cancelled, " was", "s were")} cancelled and the patients will be emailed.`,
      };
    if (kept)
      return {
        status: "success",
        message: `${saved} ${kept} appointment${plural(kept, " was", "s were")} kept outside the working hours.`,
      };
    return { status: "success", message: saved };
  }
  const n = result.stranded.length;
  const reasonError = `Tell the patients briefly why (at least ${MIN_CANCEL_REASON} characters).`;
  const message = result.reasonMissing
    ? "Please give the reason the patients will be told."
    : `${n} upcoming appointment${plural(n, "", "s")} would fall outside the working time. Choose to keep or cancel ${plural(n, "it", "them")}, then save again.`;
  return {
    status: "error",
    message,
    fieldErrors: { strandedChoice: [message], ...(result.reasonMissing ? { cancelReason: [reasonError] } : {}) },
    affected: result.stranded.map((a) => ({
      id: a.id,
      label: `${formatDateTime(a.startsAt, result.timeZone)} — ${a.patientName}`,
    })),
  };
}
