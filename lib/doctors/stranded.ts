import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/session";
import { cancelInTransaction } from "@/lib/appointments/cancel";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { appointmentFacts } from "@/lib/appointments/selects";
import type { SchedulingSettings } from "@/lib/settings/queries";

// Appointments that a change of hours or a new leave would leave outside working time. The doctor
// sees them and chooses to keep them or cancel them (with a reason the patients are emailed).

export type LiveAppointment = {
  id: string;
  patientId: string;
  doctorId: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  sequence: number;
  patientName: string;
};
export type StrandedDecision = { strandedChoice?: "keep" | "cancel"; cancelReason?: string; acknowledged: string[] };

/** What a change of hours or leave came to: saved (with what happened to stranded visits), or a decision is needed. */
export type ScheduleChangeResult =
  | { outcome: "saved"; kept: number; cancelled: number }
  | { outcome: "needs-decision"; stranded: LiveAppointment[]; reasonMissing: boolean; timeZone: string };

/** Thrown inside the transaction to roll it back when the doctor has not decided yet. */
class StrandedDecisionNeeded extends Error {
  constructor(
    readonly stranded: LiveAppointment[],
    readonly reasonMissing = false,
  ) {
    super("errors.doctors.decisionNeeded");
  }
}

export const MIN_CANCEL_REASON = 3;

/** The doctor's live appointments that have not started yet, read in the transaction. */
export async function listLiveFutureAppointments(
  tx: Prisma.TransactionClient,
  doctorId: string,
  now: Date,
): Promise<LiveAppointment[]> {
  const rows = await tx.appointment.findMany({
    where: { doctorId, status: { in: ["PENDING", "CONFIRMED"] }, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { ...appointmentFacts, sequence: true, patient: { select: { user: { select: { name: true } } } } },
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
  if (reason.length < MIN_CANCEL_REASON) throw new StrandedDecisionNeeded(stranded, true);
  for (const appointment of stranded) {
    appointmentPolicy.assertCan(actor, "appointment.cancel", { ...appointment, settings, now });
    await cancelInTransaction(tx, actor, appointment, reason, now);
  }
  return { kept: 0, cancelled: stranded.length };
}

/** Runs a schedule change; a pending decision becomes the result rather than an error. */
export async function withStrandedDecision(
  timeZone: string,
  change: () => Promise<{ kept: number; cancelled: number }>,
): Promise<ScheduleChangeResult> {
  try {
    return { outcome: "saved", ...(await change()) };
  } catch (error) {
    if (error instanceof StrandedDecisionNeeded) {
      return { outcome: "needs-decision", stranded: error.stranded, reasonMissing: error.reasonMissing, timeZone };
    }
    throw error;
  }
}
