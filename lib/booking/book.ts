import "server-only";
import { getDb } from "@/lib/db/client";
import { retryOnTransientConflict } from "@/lib/db/retry";
import { DomainError, isExclusionViolation } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { findOfferedSlot } from "@/lib/availability/service";
import { enqueueAppointmentEmails } from "@/lib/notifications/appointment-emails";
import { initialStatus } from "@/lib/scheduling/appointment-rules";
import { getSchedulingSettings } from "@/lib/settings/queries";
import type { BookAppointmentInput } from "./schemas";
import { findOwnClash, isDoctorBusyAt, ownClashMessage } from "./own-clash";
import { bookingLink, slotUnavailable } from "./slot-errors";

/**
 * Books a slot for the signed-in patient. Only a slot the engine offers now is accepted (never a
 * time merely sent by the browser); the exclusion constraint is the final guard against a race.
 */
export async function bookAppointment(actor: Actor, input: BookAppointmentInput, now = new Date()): Promise<{ id: string }> {
  const patientId = actor.patientId;
  if (!patientId) throw new DomainError("Only patient accounts can book appointments here.");
  const settings = await getSchedulingSettings();
  const wanted = new Date(input.start);
  const link = bookingLink(input.doctorId);
  const query = { purpose: "new" } as const;
  const slot = await findOfferedSlot(input.doctorId, settings, now, wanted, query);
  if (!slot) {
    // Someone booked it since the page was shown, or it was never a time on offer.
    const message = (await isDoctorBusyAt(input.doctorId, wanted)) ? "That time was just taken" : "That time is not available";
    throw await slotUnavailable(input.doctorId, settings, now, wanted, message, link, query);
  }
  if (await findOwnClash(patientId, slot)) throw new DomainError(ownClashMessage);

  try {
    return await retryOnTransientConflict(() => getDb().$transaction(async (tx) => {
      // The price is fixed when booked: a later fee change leaves this visit and past revenue alone.
      const { feeCents } = await tx.doctorProfile.findUniqueOrThrow({ where: { id: input.doctorId }, select: { feeCents: true } });
      const created = await tx.appointment.create({
        data: { patientId, doctorId: input.doctorId, startsAt: slot.start, endsAt: slot.end, feeCents, reason: input.reason, status: initialStatus(settings.requireDoctorConfirmation, "PATIENT") },
        select: { id: true },
      });
      await recordAudit({ actorId: actor.id, action: "appointment.book", entityType: "appointment", entityId: created.id }, tx);
      await enqueueAppointmentEmails(tx, created.id, { event: "booked" }, actor.role);
      return created;
    }));
  } catch (error) {
    if (!isExclusionViolation(error)) throw error;
    if (await findOwnClash(patientId, slot)) throw new DomainError(ownClashMessage);
    throw await slotUnavailable(input.doctorId, settings, now, wanted, "That time was just taken", link, query);
  }
}
