// Who may do what to appointments. Ownership is judged here; whether a change is allowed now (status,
// cut-off, started or not) is the status machine's answer, reached only through these rules. Pure.
import { msg } from "@/lib/i18n/message";
import { definePolicy, rule, type Decision, type PolicyActor } from "@/lib/policy/define";
import {
  decideTransition,
  type AppointmentAction,
  type AppointmentStatus,
  type TransitionDecision,
} from "@/lib/scheduling/appointment-rules";

/** The two people an appointment belongs to. */
export type AppointmentParties = { patientId: string; doctorId: string };

/** What a change is judged on: the appointment as loaded, the clinic's rules and the time of asking. */
export type AppointmentChange = AppointmentParties & {
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  settings: { cancellationCutoffHours: number; requireDoctorConfirmation: boolean };
  now: Date;
};

const notFound = "errors.appointments.notFound";

/** The appointment's own patient or doctor; administrators act on every appointment. */
function isParty(actor: PolicyActor, appointment: AppointmentParties): boolean {
  if (actor.role === "ADMIN") return true;
  if (actor.role === "PATIENT") return actor.patientId !== null && actor.patientId === appointment.patientId;
  return actor.doctorId !== null && actor.doctorId === appointment.doctorId;
}

/**
 * The status machine's full answer (with the status it leads to), for the service that applies it;
 * a refusal's reason is encoded with its values (lib/i18n/message.ts), ready to be shown.
 */
export function transition(
  actor: PolicyActor,
  action: AppointmentAction,
  change: AppointmentChange,
): TransitionDecision {
  const verdict = decideTransition({
    action,
    status: change.status,
    actor: { role: actor.role, isParticipant: isParty(actor, change) },
    startsAt: change.startsAt,
    endsAt: change.endsAt,
    now: change.now,
    cancellationCutoffHours: change.settings.cancellationCutoffHours,
    requiresConfirmation: change.settings.requireDoctorConfirmation,
  });
  return verdict.allowed ? verdict : { allowed: false, reason: msg(verdict.reason, verdict.values) };
}

const everyone = ["PATIENT", "DOCTOR", "ADMIN"] as const;
const staff = ["DOCTOR", "ADMIN"] as const;

// Every role reaches the status machine, which says in its own words who may do what (a patient
// asking to confirm is told only the doctor or an administrator can).
const change = (action: AppointmentAction) =>
  rule<AppointmentChange>(everyone, (actor, record) => {
    if (!isParty(actor, record)) return notFound;
    const verdict = transition(actor, action, record);
    return verdict.allowed ? null : verdict.reason;
  });

export const appointmentPolicy = definePolicy({
  /** Booking for oneself from the patient area. */
  "appointment.book": rule(["PATIENT"]),
  "appointment.view": rule<AppointmentParties>(everyone, (actor, record) => (isParty(actor, record) ? null : notFound)),
  "appointment.cancel": change("cancel"),
  "appointment.reschedule": change("reschedule"),
  "appointment.confirm": change("confirm"),
  "appointment.reject": change("reject"),
  "appointment.complete": change("complete"),
  "appointment.no_show": change("no_show"),
  /** The staff status controls as a whole (one form posts any of the four decisions above). */
  "appointment.decide": rule(staff),
  /** The console: the clinic-wide list, its CSV export, and acting on any appointment from there. */
  "appointment.manage_all": rule(["ADMIN"]),
});

/** The policy action for a status-machine action. */
export const policyActionFor = (action: AppointmentAction) => `appointment.${action}` as const;

const ACTIONS: readonly AppointmentAction[] = ["confirm", "reject", "cancel", "reschedule", "complete", "no_show"];

/** What the actor may do to this appointment now, action by action: the controls a page shows. */
export function appointmentControls(
  actor: PolicyActor,
  change: AppointmentChange,
): Record<AppointmentAction, Decision> {
  return Object.fromEntries(
    ACTIONS.map((action) => [action, appointmentPolicy.decide(actor, policyActionFor(action), change)]),
  ) as Record<AppointmentAction, Decision>;
}

/**
 * The appointments an actor may see or act on, as a query filter (appointment.view in query form):
 * queries use it, so a foreign id is simply not found rather than loaded and refused.
 */
export function appointmentScope(actor: PolicyActor): { patientId?: string; doctorId?: string } {
  const nobody = "00000000-0000-0000-0000-000000000000";
  switch (actor.role) {
    case "PATIENT":
      return { patientId: actor.patientId ?? nobody };
    case "DOCTOR":
      return { doctorId: actor.doctorId ?? nobody };
    case "ADMIN":
      return {};
  }
}
