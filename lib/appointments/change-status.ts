import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { enqueueAppointmentEmails } from "@/lib/notifications/appointment-emails";
import type { AppointmentEvent } from "@/lib/notifications/email-payload";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { loadForChange } from "./load-for-change";
import { policyActionFor } from "./policy";
import type { ChangeStatusInput } from "./schemas";

/** The patient hears of a confirmation or a refusal; completing or a no-show sends nothing. */
function emailFor(input: ChangeStatusInput): AppointmentEvent | null {
  if (input.action === "confirm") return { event: "confirmed" };
  if (input.action === "reject") return { event: "rejected", reason: input.reason };
  return null;
}

/**
 * Confirm, decline, complete or mark a no-show, as the status machine allows for this actor (a doctor
 * only on their own appointments: the load is scoped). The email is written in the same transaction.
 */
export async function changeAppointmentStatus(actor: Actor, input: ChangeStatusInput, now = new Date()): Promise<void> {
  const settings = await getSchedulingSettings();
  const { appointment, to } = await loadForChange(actor, input.appointmentId, input.action, settings, now);
  const reason = input.action === "reject" ? input.reason : undefined;
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: appointment.status, sequence: appointment.sequence },
      data: {
        status: to,
        // A refusal frees the time like a cancellation does; the reason is kept in the same column.
        ...(reason ? { cancellationReason: reason, cancelledById: actor.id, cancelledAt: now } : {}),
        sequence: { increment: 1 },
      },
    });
    if (count !== 1) throw new DomainError("errors.appointments.changedMeanwhile");
    await recordAudit(
      {
        actorId: actor.id,
        action: policyActionFor(input.action),
        entityType: "appointment",
        entityId: appointment.id,
        detail: { from: appointment.status, to, ...(reason ? { reason } : {}) },
      },
      tx,
    );
    const email = emailFor(input);
    if (email) await enqueueAppointmentEmails(tx, appointment.id, email, actor.role);
  });
}
