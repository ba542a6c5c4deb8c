import { decideTransition, type AppointmentAction, type AppointmentStatus, type TransitionDecision } from "@/lib/scheduling/appointment-rules";
import type { SchedulingSettings } from "@/lib/settings/queries";

/** What the status machine says about a patient's own appointment now — for showing only what will work. */
export function patientDecision(
  action: AppointmentAction,
  appointment: { status: AppointmentStatus; startsAt: Date; endsAt: Date },
  settings: SchedulingSettings,
  now = new Date(),
): TransitionDecision {
  return decideTransition({
    action,
    status: appointment.status,
    actor: { role: "PATIENT", isParticipant: true },
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    now,
    cancellationCutoffHours: settings.cancellationCutoffHours,
    requiresConfirmation: settings.requireDoctorConfirmation,
  });
}
