import { decideTransition, type ActorRole, type AppointmentAction, type AppointmentStatus, type TransitionDecision } from "@/lib/scheduling/appointment-rules";
import type { SchedulingSettings } from "@/lib/settings/queries";

type AppointmentState = { status: AppointmentStatus; startsAt: Date; endsAt: Date };

/**
 * The status machine's answer for a participant (the appointment's own patient or doctor) or an
 * admin, under the clinic's settings. Used to act, and to show only the actions that will work.
 */
export function decideFor(role: ActorRole, action: AppointmentAction, appointment: AppointmentState, settings: SchedulingSettings, now = new Date()): TransitionDecision {
  return decideTransition({
    action,
    status: appointment.status,
    actor: { role, isParticipant: true },
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    now,
    cancellationCutoffHours: settings.cancellationCutoffHours,
    requiresConfirmation: settings.requireDoctorConfirmation,
  });
}

export const patientDecision = (action: AppointmentAction, appointment: AppointmentState, settings: SchedulingSettings, now?: Date) =>
  decideFor("PATIENT", action, appointment, settings, now);
