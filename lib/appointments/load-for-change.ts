import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordRefusal } from "@/lib/audit/refusal";
import type { Actor } from "@/lib/auth/session";
import type { AppointmentAction, AppointmentStatus } from "@/lib/scheduling/appointment-rules";
import type { SchedulingSettings } from "@/lib/settings/queries";
import { appointmentPolicy, appointmentScope, policyActionFor, transition } from "./policy";

/** A change asked for with a version in hand (an emailed link): refused once the appointment has moved on. */
export const staleVersionMessage = "errors.appointments.staleLink";

export type LoadedForChange = {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  doctorId: string;
  patientId: string;
  sequence: number;
};

/**
 * Loads an appointment the actor may touch (scoped in the query, so another patient's appointment is
 * simply not found) and asks the policy whether `action` is allowed now; the status machine behind it
 * also gives the status the change leads to. With `expectedSequence`, only that version of the
 * appointment may be changed; the caller's guarded UPDATE then makes the check atomic.
 */
export async function loadForChange(
  actor: Actor,
  appointmentId: string,
  action: AppointmentAction,
  settings: SchedulingSettings,
  now: Date,
  expectedSequence?: number,
): Promise<{ appointment: LoadedForChange; to: AppointmentStatus }> {
  appointmentPolicy.assertRole(actor, policyActionFor(action));
  const appointment = await getDb().appointment.findFirst({
    where: { id: appointmentId, ...appointmentScope(actor) },
    select: { id: true, status: true, startsAt: true, endsAt: true, doctorId: true, patientId: true, sequence: true },
  });
  if (!appointment) {
    // Another person's appointment is not found, by design (scoped query); the attempt is still audited.
    await recordRefusal({
      actorId: actor.id,
      action: "appointment.view_denied",
      entityType: "appointment",
      entityId: appointmentId,
      detail: { change: action },
    });
    throw new DomainError("errors.appointments.notFound");
  }
  if (expectedSequence !== undefined && appointment.sequence !== expectedSequence)
    throw new DomainError(staleVersionMessage);
  const change = { ...appointment, settings, now };
  appointmentPolicy.assertCan(actor, policyActionFor(action), change);
  const verdict = transition(actor, action, change);
  if (!verdict.allowed) throw new DomainError(verdict.reason); // unreachable after assertCan; narrows the type
  return { appointment, to: verdict.to };
}
