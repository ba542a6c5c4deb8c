import "server-only";
import { getDb } from "@/lib/db/client";
import { retryOnTransientConflict } from "@/lib/db/retry";
import { DomainError } from "@/lib/errors/domain-error";
import { isExclusionViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { findOfferedSlot } from "@/lib/availability/service";
import { enqueueAppointmentEmails } from "@/lib/notifications/appointment-emails";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { loadForChange } from "./load-for-change";
import { findOwnClash, ownClashMessage } from "./own-clash";
import { holdOfferedSlot, SlotWithdrawn } from "./hold-slot";
import type { RescheduleAppointmentInput } from "./schemas";
import { rescheduleLink, slotUnavailable } from "./slot-errors";

/**
 * Moves an appointment to another offered slot in one UPDATE: the old time is released only if the
 * new one is secured (the exclusion constraint rejects the whole statement otherwise).
 * `expectedSequence`: see loadForChange (emailed links). `confirmLink`: where the nearest free times
 * offered after a refusal lead, when not the mover's own area (an emailed link's pages).
 */
export async function rescheduleAppointment(
  actor: Actor,
  input: RescheduleAppointmentInput & { expectedSequence?: number; confirmLink?: (start: Date) => string },
  now = new Date(),
): Promise<void> {
  const settings = await getSchedulingSettings();
  const { appointment, to } = await loadForChange(
    actor,
    input.appointmentId,
    "reschedule",
    settings,
    now,
    input.expectedSequence,
  );
  const wanted = new Date(input.start);
  const link = input.confirmLink ?? rescheduleLink(appointment.id, actor.role);
  const query = { purpose: "move", excludeAppointmentId: appointment.id } as const;
  const slot = await findOfferedSlot(appointment.doctorId, settings, now, wanted, query);
  if (!slot) throw await slotUnavailable(appointment.doctorId, settings, now, wanted, "unavailable", link, query);
  if (await findOwnClash(appointment.patientId, slot, appointment.id)) throw new DomainError(ownClashMessage);

  try {
    await retryOnTransientConflict(() =>
      getDb().$transaction(async (tx) => {
        const { slot: held } = await holdOfferedSlot(tx, appointment.doctorId, settings, now, wanted, query);
        // Guarded by the state we decided on: a concurrent change makes this match nothing.
        const { count } = await tx.appointment.updateMany({
          where: { id: appointment.id, status: appointment.status, sequence: appointment.sequence },
          data: { startsAt: held.start, endsAt: held.end, status: to, sequence: { increment: 1 } },
        });
        if (count !== 1) throw new DomainError("errors.appointments.changedMeanwhile");
        await recordAudit(
          {
            actorId: actor.id,
            action: "appointment.reschedule",
            entityType: "appointment",
            entityId: appointment.id,
            detail: { from: appointment.startsAt.toISOString(), to: slot.start.toISOString() },
          },
          tx,
        );
        await enqueueAppointmentEmails(
          tx,
          appointment.id,
          { event: "rescheduled", previousStartsAt: appointment.startsAt.toISOString() },
          actor.role,
        );
      }),
    );
  } catch (error) {
    if (error instanceof SlotWithdrawn)
      throw await slotUnavailable(appointment.doctorId, settings, now, wanted, "unavailable", link, query);
    if (!isExclusionViolation(error)) throw error;
    throw await slotUnavailable(appointment.doctorId, settings, now, wanted, "taken", link, query);
  }
}
