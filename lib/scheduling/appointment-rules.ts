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
// A refusal's reason is a catalogue key (errors.appointments.rules.*) with its values, which the
// policy encodes for the wire, so each reader sees it in their own language.

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
export type TransitionDecision =
  { allowed: true; to: AppointmentStatus } | { allowed: false; reason: string; values?: Record<string, number> };

const ACTIONS: readonly AppointmentAction[] = ["confirm", "reject", "cancel", "reschedule", "complete", "no_show"];

const FINAL: ReadonlySet<AppointmentStatus> = new Set(["REJECTED", "CANCELLED", "COMPLETED", "NO_SHOW"]);

/** The action's name in a key: "no_show" → "NoShow". */
const suffix = (action: AppointmentAction) =>
  action
    .split("_")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");

const deny = (key: string, values?: Record<string, number>): TransitionDecision => ({
  allowed: false,
  reason: `errors.appointments.rules.${key}`,
  ...(values ? { values } : {}),
});
const allow = (to: AppointmentStatus): TransitionDecision => ({ allowed: true, to });

export function decideTransition(ctx: TransitionContext): TransitionDecision {
  const { action, status, actor } = ctx;
  if (actor.role !== "ADMIN" && !actor.isParticipant) {
    return deny(actor.role === "PATIENT" ? "ownOnly" : "partiesOnly");
  }
  if (FINAL.has(status)) return deny(`final${status}`);

  const staff = actor.role === "DOCTOR" || actor.role === "ADMIN";
  const now = ctx.now.getTime();
  const start = ctx.startsAt.getTime();
  const started = now >= start;

  switch (action) {
    case "confirm":
    case "reject": {
      if (status !== "PENDING") return deny(`pendingOnly${suffix(action)}`);
      if (!staff) return deny(`staffOnly${suffix(action)}`);
      if (started) return deny(`started${suffix(action)}`);
      return allow(action === "confirm" ? "CONFIRMED" : "REJECTED");
    }
    case "cancel":
    case "reschedule": {
      // Final statuses were handled above: only PENDING and CONFIRMED get here.
      if (started) return deny(`started${suffix(action)}`);
      if (actor.role === "PATIENT") {
        const cutoffHours = ctx.cancellationCutoffHours;
        if (now >= start - cutoffHours * 3_600_000) return deny(`cutoff${suffix(action)}`, { hours: cutoffHours });
      }
      if (action === "cancel") return allow("CANCELLED");
      return allow(actor.role === "PATIENT" && ctx.requiresConfirmation ? "PENDING" : status);
    }
    case "complete":
    case "no_show": {
      if (status !== "CONFIRMED") return deny(`confirmedOnly${suffix(action)}`);
      if (!staff) return deny(`staffOnly${suffix(action)}`);
      if (!started) return deny(`notStarted${suffix(action)}`);
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
