import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { enqueueAppointmentEmails } from "@/lib/notifications/appointment-emails";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { loadForChange } from "./load-for-change";
import type { CancelAppointmentInput } from "./schemas";

/** Cancels an appointment within the clinic's policy, recording who cancelled and why. */
/** `expectedSequence`: see loadForChange (emailed links). */
export async function cancelAppointment(actor: Actor, input: CancelAppointmentInput & { expectedSequence?: number }, now = new Date()): Promise<void> {
  const settings = await getSchedulingSettings();
  const { appointment } = await loadForChange(actor, input.appointmentId, "cancel", settings, now, input.expectedSequence);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: appointment.status, sequence: appointment.sequence },
      data: { status: "CANCELLED", cancellationReason: input.reason, cancelledById: actor.id, cancelledAt: now, sequence: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("This appointment was changed a moment ago. Please look at it again.");
    await recordAudit({ actorId: actor.id, action: "appointment.cancel", entityType: "appointment", entityId: appointment.id, detail: { reason: input.reason } }, tx);
    await enqueueAppointmentEmails(tx, appointment.id, { event: "cancelled", reason: input.reason, by: actor.role }, actor.role);
  });
}
