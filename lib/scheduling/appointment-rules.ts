// Who may do what to an appointment, and when. Pure: `now` is an argument.
//
// - A PATIENT or DOCTOR who is not the appointment's own patient/doctor may do nothing; ADMIN may act on any.
// - REJECTED, CANCELLED, COMPLETED and NO_SHOW are final: nothing more is allowed.
// - confirm (PENDING → CONFIRMED) and reject (PENDING → REJECTED): doctor or admin, before the start.
// - cancel (PENDING | CONFIRMED → CANCELLED) and reschedule (PENDING | CONFIRMED): a patient until
//   cancellationCutoffHours before the start, a doctor or admin until the start. A patient's reschedule
//   becomes PENDING when the clinic requires confirmation; otherwise the status is kept.
// - complete and no_show (CONFIRMED → COMPLETED | NO_SHOW): doctor or admin, once the appointment has started.
// "Until T" and "before T" mean now < T; "once started" means now >= startsAt.

export type AppointmentStatus = "PENDING" | "CONFIRMED" | "REJECTED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";
export type AppointmentAction = "confirm" | "reject" | "cancel" | "reschedule" | "complete" | "no_show";
export type ActorRole = "PATIENT" | "DOCTOR" | "ADMIN";
export type TransitionContext = {
  action: AppointmentAction;
  status: AppointmentStatus;
  /** Participant = the appointment's own patient (for PATIENT) or own doctor (for DOCTOR); ignored for ADMIN. */
  actor: { role: ActorRole; isParticipant: boolean };
  startsAt: Date;
  endsAt: Date;
  now: Date;
  cancellationCutoffHours: number;
  /** Clinic setting: new and moved bookings need the doctor's confirmation. */
  requiresConfirmation: boolean;
};
export type TransitionDecision = { allowed: true; to: AppointmentStatus } | { allowed: false; reason: string };

const ACTIONS: readonly AppointmentAction[] = ["confirm", "reject", "cancel", "reschedule", "complete", "no_show"];

const FINAL_STATUS_TEXT: Partial<Record<AppointmentStatus, string>> = {
  REJECTED: "was declined",
  CANCELLED: "was cancelled",
  COMPLETED: "is already completed",
  NO_SHOW: "was marked as a no-show",
};

const deny = (reason: string): TransitionDecision => ({ allowed: false, reason });
const allow = (to: AppointmentStatus): TransitionDecision => ({ allowed: true, to });

export function decideTransition(ctx: TransitionContext): TransitionDecision {
  const { action, status, actor } = ctx;
  if (actor.role !== "ADMIN" && !actor.isParticipant) {
    return deny(
      actor.role === "PATIENT"
        ? "You can only change your own appointments."
        : "Only the doctor seeing this patient or an administrator can change this appointment.",
    );
  }
  const finalText = FINAL_STATUS_TEXT[status];
  if (finalText) return deny(`This appointment ${finalText}, so it can no longer be changed.`);

  const staff = actor.role === "DOCTOR" || actor.role === "ADMIN";
  const now = ctx.now.getTime();
  const start = ctx.startsAt.getTime();
  const started = now >= start;

  switch (action) {
    case "confirm":
    case "reject": {
      const verb = action === "confirm" ? "confirmed" : "declined";
      if (status !== "PENDING") return deny(`Only an appointment waiting for confirmation can be ${verb}.`);
      if (!staff)
        return deny(
          `Only the doctor or an administrator can ${action === "confirm" ? "confirm" : "decline"} an appointment.`,
        );
      if (started) return deny(`This appointment has already started, so it can no longer be ${verb}.`);
      return allow(action === "confirm" ? "CONFIRMED" : "REJECTED");
    }
    case "cancel":
    case "reschedule": {
      // Final statuses were handled above: only PENDING and CONFIRMED get here.
      const verb = action === "cancel" ? "cancelled" : "moved";
      if (started) return deny(`This appointment has already started, so it can no longer be ${verb}.`);
      if (actor.role === "PATIENT") {
        const cutoffHours = ctx.cancellationCutoffHours;
        if (now >= start - cutoffHours * 3_600_000) {
          return deny(
            `Appointments can be ${verb} online until ${hours(cutoffHours)} before they start. Please call the clinic.`,
          );
        }
      }
      if (action === "cancel") return allow("CANCELLED");
      return allow(actor.role === "PATIENT" && ctx.requiresConfirmation ? "PENDING" : status);
    }
    case "complete":
    case "no_show": {
      const outcome = action === "complete" ? "completed" : "a no-show";
      if (status !== "CONFIRMED") return deny(`Only a confirmed appointment can be marked as ${outcome}.`);
      if (!staff) return deny(`Only the doctor or an administrator can mark an appointment as ${outcome}.`);
      if (!started) return deny(`An appointment can be marked as ${outcome} only once it has started.`);
      return allow(action === "complete" ? "COMPLETED" : "NO_SHOW");
    }
  }
}

/** Actions the actor may take now — for showing only the buttons that will work. */
export function allowedActions(ctx: Omit<TransitionContext, "action">): AppointmentAction[] {
  return ACTIONS.filter((action) => decideTransition({ ...ctx, action }).allowed);
}

/** The status a new booking gets: PENDING when confirmation is required and a patient booked, else CONFIRMED. */
export function initialStatus(requiresConfirmation: boolean, bookedBy: ActorRole): AppointmentStatus {
  return requiresConfirmation && bookedBy === "PATIENT" ? "PENDING" : "CONFIRMED";
}

function hours(n: number): string {
  return n === 1 ? "1 hour" : `${n} hours`;
}
