import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/auth/session";
import { appointmentScope } from "@/lib/appointments/scope";
import type { AppointmentAction } from "@/lib/scheduling/appointment-rules";
import { decideFor } from "./decide";
import type { SchedulingSettings } from "@/lib/settings/queries";

/** A change asked for with a version in hand (an emailed link): refused once the appointment has moved on. */
export const staleVersionMessage = "This link has already been used, or the appointment changed after the email was sent. Please use the link in the latest email, or sign in.";

/**
 * Loads an appointment the actor may touch (scoped in the query, so another patient's
 * appointment is simply not found) and asks the status machine whether `action` is allowed now.
 * With `expectedSequence`, only that version of the appointment may be changed; the caller's
 * guarded UPDATE then makes the check atomic.
 */
export async function loadForChange(actor: Actor, appointmentId: string, action: AppointmentAction, settings: SchedulingSettings, now: Date, expectedSequence?: number) {
  const appointment = await getDb().appointment.findFirst({
    where: { id: appointmentId, ...appointmentScope(actor) },
    select: { id: true, status: true, startsAt: true, endsAt: true, doctorId: true, patientId: true, sequence: true },
  });
  if (!appointment) throw new DomainError("We could not find that appointment.");
  if (expectedSequence !== undefined && appointment.sequence !== expectedSequence) throw new DomainError(staleVersionMessage);
  // Scoped above, so the actor is this appointment's own patient or doctor (or an admin).
  const decision = decideFor(actor.role, action, appointment, settings, now);
  if (!decision.allowed) throw new DomainError(decision.reason);
  return { appointment, to: decision.to };
}
