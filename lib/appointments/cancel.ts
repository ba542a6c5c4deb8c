import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { enqueueAppointmentEmails } from "@/lib/notifications/appointment-emails";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { loadForChange } from "./load-for-change";
import type { CancelAppointmentInput } from "./schemas";

/** The state a cancellation was decided on: the update matches nothing if it changed since. */
export type CancellableAppointment = { id: string; status: AppointmentStatus; sequence: number };

/**
 * Cancels inside the caller's transaction: guarded update, audit entry and the emails, so a caller
 * that changes more (e.g. a doctor's new working hours) commits all of it or none.
 */
export async function cancelInTransaction(
  tx: Prisma.TransactionClient,
  actor: Actor,
  appointment: CancellableAppointment,
  reason: string,
  now: Date,
): Promise<void> {
  const { count } = await tx.appointment.updateMany({
    where: { id: appointment.id, status: appointment.status, sequence: appointment.sequence },
    data: {
      status: "CANCELLED",
      cancellationReason: reason,
      cancelledById: actor.id,
      cancelledAt: now,
      sequence: { increment: 1 },
    },
  });
  if (count !== 1) throw new DomainError("errors.appointments.changedMeanwhile");
  await recordAudit(
    {
      actorId: actor.id,
      action: "appointment.cancel",
      entityType: "appointment",
      entityId: appointment.id,
      detail: { reason },
    },
    tx,
  );
  await enqueueAppointmentEmails(tx, appointment.id, { event: "cancelled", reason, by: actor.role }, actor.role);
}

/** Cancels an appointment within the clinic's policy, recording who cancelled and why. `expectedSequence`: see loadForChange (emailed links). */
export async function cancelAppointment(
  actor: Actor,
  input: CancelAppointmentInput & { expectedSequence?: number },
  now = new Date(),
): Promise<void> {
  const settings = await getSchedulingSettings();
  const { appointment } = await loadForChange(
    actor,
    input.appointmentId,
    "cancel",
    settings,
    now,
    input.expectedSequence,
  );
  await getDb().$transaction((tx) => cancelInTransaction(tx, actor, appointment, input.reason, now));
}
