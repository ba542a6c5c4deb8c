import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/actions/errors";
import type { FormState } from "@/lib/actions/form-state";
import type { Actor } from "@/lib/auth/session";
import { cancelInTransaction } from "@/lib/booking/cancel";
import { decideFor } from "@/lib/booking/decide";
import { formatDateTime } from "@/lib/format/datetime";
import type { SchedulingSettings } from "@/lib/settings/queries";

// Appointments that a change of hours or a new leave would leave outside working time. The doctor
// sees them and chooses to keep them or cancel them (with a reason the patients are emailed).

export type LiveAppointment = { id: string; startsAt: Date; endsAt: Date; status: AppointmentStatus; sequence: number; patientName: string };
export type StrandedDecision = { strandedChoice?: "keep" | "cancel"; cancelReason?: string; acknowledged: string[] };

/** Thrown inside the transaction to roll it back when the doctor has not decided yet. */
export class StrandedDecisionNeeded extends Error {
  constructor(readonly stranded: LiveAppointment[]) {
    super("A decision about affected appointments is needed.");
  }
}

/** The doctor's live appointments that have not started yet, read in the transaction. */
export async function listLiveFutureAppointments(tx: Prisma.TransactionClient, doctorId: string, now: Date): Promise<LiveAppointment[]> {
  const rows = await tx.appointment.findMany({
    where: { doctorId, status: { in: ["PENDING", "CONFIRMED"] }, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, status: true, sequence: true, patient: { select: { user: { select: { name: true } } } } },
  });
  return rows.map(({ patient, ...row }) => ({ ...row, patientName: patient.user.name }));
}

/**
 * Applies the doctor's decision to the stranded appointments inside `tx`. Without a decision, or
 * when one was booked since the doctor looked, it throws StrandedDecisionNeeded (nothing is saved).
 */
export async function resolveStranded(
  tx: Prisma.TransactionClient,
  actor: Actor,
  stranded: LiveAppointment[],
  decision: StrandedDecision,
  settings: SchedulingSettings,
  now: Date,
): Promise<{ kept: number; cancelled: number }> {
  if (stranded.length === 0) return { kept: 0, cancelled: 0 };
  const seen = new Set(decision.acknowledged);
  if (!decision.strandedChoice || stranded.some((a) => !seen.has(a.id))) throw new StrandedDecisionNeeded(stranded);
  if (decision.strandedChoice === "keep") return { kept: stranded.length, cancelled: 0 };
  const reason = decision.cancelReason ?? "";
  for (const appointment of stranded) {
    const verdict = decideFor(actor.role, "cancel", appointment, settings, now);
    if (!verdict.allowed) throw new DomainError(verdict.reason);
    await cancelInTransaction(tx, actor, appointment, reason, now);
  }
  return { kept: 0, cancelled: stranded.length };
}

/** The form's answer: the affected appointments listed next to the keep-or-cancel choice. */
export function strandedDecisionState(stranded: LiveAppointment[], timeZone: string, values?: Record<string, string>): FormState {
  const n = stranded.length;
  const message = `${n} upcoming appointment${n === 1 ? "" : "s"} would fall outside your working time. Choose to keep or cancel ${n === 1 ? "it" : "them"}, then save again.`;
  return {
    status: "error",
    message,
    fieldErrors: {
      strandedChoice: [message],
      stranded: stranded.map((a) => `${a.id}|${formatDateTime(a.startsAt, timeZone)} — ${a.patientName}`),
    },
    values,
  };
}

/** Outcome words for the success message. */
export function strandedSummary({ kept, cancelled }: { kept: number; cancelled: number }): string {
  if (cancelled) return ` ${cancelled} appointment${cancelled === 1 ? " was" : "s were"} cancelled and the patients will be emailed.`;
  if (kept) return ` ${kept} appointment${kept === 1 ? " was" : "s were"} kept outside your hours.`;
  return "";
}
