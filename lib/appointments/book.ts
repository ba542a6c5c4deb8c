import "server-only";
import { getDb } from "@/lib/db/client";
import { retryOnTransientConflict } from "@/lib/db/retry";
import { DomainError } from "@/lib/errors/domain-error";
import { isExclusionViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import type { TimeRange } from "@/lib/scheduling/availability";
import { enqueueAppointmentEmails } from "@/lib/notifications/appointment-emails";
import { initialStatus } from "@/lib/scheduling/appointment-rules";
import { getSchedulingSettings } from "@/lib/settings/queries";
import type { BookAppointmentInput } from "./schemas";
import { findOwnClash, isDoctorBusyAt, ownClashMessage } from "./own-clash";
import { holdOfferedSlot, SlotWithdrawn } from "./hold-slot";
import { bookingLink, slotUnavailable } from "./slot-errors";
import { appointmentPolicy } from "./policy";

/**
 * Books a slot for the signed-in patient. Only a slot the engine offers now is accepted (never a
 * time merely sent by the browser), checked inside the transaction so a concurrent change of the
 * doctor's schedule is seen; the exclusion constraint is the final guard against a race of bookings.
 */
export async function bookAppointment(
  actor: Actor,
  input: BookAppointmentInput,
  now = new Date(),
): Promise<{ id: string }> {
  appointmentPolicy.assertRole(actor, "appointment.book");
  const patientId = actor.patientId;
  if (!patientId) throw new DomainError("errors.appointments.patientsOnly");
  const settings = await getSchedulingSettings();
  const wanted = new Date(input.start);
  const link = bookingLink(input.doctorId);
  const query = { purpose: "new" } as const;
  // Why the time cannot be had: the patient's own other visit, someone booking it since the page
  // was shown, or it is not (or no longer) on offer.
  const refusal = async (slot: TimeRange | null) => {
    if (slot && (await findOwnClash(patientId, slot))) return new DomainError(ownClashMessage);
    const message = (await isDoctorBusyAt(input.doctorId, wanted)) ? "taken" : "unavailable";
    return slotUnavailable(input.doctorId, settings, now, wanted, message, link, query);
  };
  // The slot as the engine offered it inside the transaction, to explain a refusal afterwards.
  let slot = null as TimeRange | null;
  try {
    return await retryOnTransientConflict(() =>
      getDb().$transaction(async (tx) => {
        // The one check that counts, made under the doctor's schedule lock. The fee is fixed here too:
        // a later fee change leaves this visit and past revenue alone.
        const { slot: held, feeCents } = await holdOfferedSlot(tx, input.doctorId, settings, now, wanted, query);
        slot = held;
        if (await findOwnClash(patientId, held, undefined, tx)) throw new DomainError(ownClashMessage);
        const created = await tx.appointment.create({
          data: {
            patientId,
            doctorId: input.doctorId,
            startsAt: held.start,
            endsAt: held.end,
            feeCents,
            reason: input.reason,
            status: initialStatus(settings.requireDoctorConfirmation, "PATIENT"),
          },
          select: { id: true },
        });
        await recordAudit(
          { actorId: actor.id, action: "appointment.book", entityType: "appointment", entityId: created.id },
          tx,
        );
        await enqueueAppointmentEmails(tx, created.id, { event: "booked" }, actor.role);
        return created;
      }),
    );
  } catch (error) {
    if (error instanceof SlotWithdrawn || isExclusionViolation(error)) throw await refusal(slot);
    throw error;
  }
}
