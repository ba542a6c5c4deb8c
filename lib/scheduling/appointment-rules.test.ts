import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import { msg } from "@/lib/i18n/message";
import {
  allowedActions,
  decideTransition,
  initialStatus,
  type ActorRole,
  type AppointmentAction,
  type AppointmentStatus,
  type TransitionContext,
  type TransitionDecision,
} from "./appointment-rules";

const HOUR = 3_600_000;
const CUTOFF_HOURS = 24;
const startsAt = new Date("2026-06-10T09:00:00Z");
const endsAt = new Date("2026-06-10T09:30:00Z");

// Where `now` lies relative to the cutoff (startsAt − 24 h), the start and the end.
const TIMES = {
  wellBefore: new Date(startsAt.getTime() - 72 * HOUR),
  justBeforeCutoff: new Date(startsAt.getTime() - CUTOFF_HOURS * HOUR - 1),
  atCutoff: new Date(startsAt.getTime() - CUTOFF_HOURS * HOUR),
  insideCutoff: new Date(startsAt.getTime() - 1),
  atStart: startsAt,
  during: new Date(startsAt.getTime() + 10 * 60_000),
  afterEnd: new Date(endsAt.getTime() + 48 * HOUR),
} as const;
type Time = keyof typeof TIMES;

const STATUSES: AppointmentStatus[] = ["PENDING", "CONFIRMED", "REJECTED", "CANCELLED", "COMPLETED", "NO_SHOW"];
const ACTIONS: AppointmentAction[] = ["confirm", "reject", "cancel", "reschedule", "complete", "no_show"];
const ROLES: ActorRole[] = ["PATIENT", "DOCTOR", "ADMIN"];

const BEFORE_CUTOFF: Time[] = ["wellBefore", "justBeforeCutoff"];
const BEFORE_START: Time[] = [...BEFORE_CUTOFF, "atCutoff", "insideCutoff"];
const STARTED: Time[] = ["atStart", "during", "afterEnd"];
const STAFF: ActorRole[] = ["DOCTOR", "ADMIN"];

// Every allowed combination, written out from the rules; anything not listed must be refused.
type Row = {
  status: AppointmentStatus;
  action: AppointmentAction;
  roles: ActorRole[];
  times: Time[];
  to: (role: ActorRole, requiresConfirmation: boolean) => AppointmentStatus;
};
const ALLOWED: Row[] = [
  { status: "PENDING", action: "confirm", roles: STAFF, times: BEFORE_START, to: () => "CONFIRMED" },
  { status: "PENDING", action: "reject", roles: STAFF, times: BEFORE_START, to: () => "REJECTED" },
  { status: "PENDING", action: "cancel", roles: ["PATIENT"], times: BEFORE_CUTOFF, to: () => "CANCELLED" },
  { status: "PENDING", action: "cancel", roles: STAFF, times: BEFORE_START, to: () => "CANCELLED" },
  { status: "CONFIRMED", action: "cancel", roles: ["PATIENT"], times: BEFORE_CUTOFF, to: () => "CANCELLED" },
  { status: "CONFIRMED", action: "cancel", roles: STAFF, times: BEFORE_START, to: () => "CANCELLED" },
  { status: "PENDING", action: "reschedule", roles: ["PATIENT"], times: BEFORE_CUTOFF, to: () => "PENDING" },
  { status: "PENDING", action: "reschedule", roles: STAFF, times: BEFORE_START, to: () => "PENDING" },
  {
    status: "CONFIRMED",
    action: "reschedule",
    roles: ["PATIENT"],
    times: BEFORE_CUTOFF,
    to: (_role, requiresConfirmation) => (requiresConfirmation ? "PENDING" : "CONFIRMED"),
  },
  { status: "CONFIRMED", action: "reschedule", roles: STAFF, times: BEFORE_START, to: () => "CONFIRMED" },
  { status: "CONFIRMED", action: "complete", roles: STAFF, times: STARTED, to: () => "COMPLETED" },
  { status: "CONFIRMED", action: "no_show", roles: STAFF, times: STARTED, to: () => "NO_SHOW" },
];

function expected(
  status: AppointmentStatus,
  action: AppointmentAction,
  role: ActorRole,
  isParticipant: boolean,
  time: Time,
  requiresConfirmation: boolean,
): AppointmentStatus | null {
  if (role !== "ADMIN" && !isParticipant) return null;
  const row = ALLOWED.find(
    (r) => r.status === status && r.action === action && r.roles.includes(role) && r.times.includes(time),
  );
  return row ? row.to(role, requiresConfirmation) : null;
}

function context(
  status: AppointmentStatus,
  role: ActorRole,
  isParticipant: boolean,
  time: Time,
  requiresConfirmation: boolean,
): Omit<TransitionContext, "action"> {
  return {
    status,
    actor: { role, isParticipant },
    startsAt,
    endsAt,
    now: TIMES[time],
    cancellationCutoffHours: CUTOFF_HOURS,
    requiresConfirmation,
  };
}

describe("decideTransition (every status × action × role × participant × time × setting)", () => {
  const pairs = STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const));
  it.each(pairs)("%s + %s", (status, action) => {
    for (const role of ROLES) {
      for (const isParticipant of [true, false]) {
        for (const time of Object.keys(TIMES) as Time[]) {
          for (const requiresConfirmation of [true, false]) {
            const want = expected(status, action, role, isParticipant, time, requiresConfirmation);
            const got = decideTransition({
              ...context(status, role, isParticipant, time, requiresConfirmation),
              action,
            });
            const label = `${role} participant=${isParticipant} ${time} requiresConfirmation=${requiresConfirmation}`;
            if (want === null) {
              expect(got.allowed, label).toBe(false);
              if (!got.allowed) expect(inEnglish(msg(got.reason, got.values)), label).toMatch(/^[A-Z].+\.$/);
            } else {
              expect(got, label).toEqual({ allowed: true, to: want });
            }
          }
        }
      }
    }
  });
});

describe("allowedActions", () => {
  it("lists exactly the actions decideTransition allows, in a stable order", () => {
    for (const status of STATUSES) {
      for (const role of ROLES) {
        for (const isParticipant of [true, false]) {
          for (const time of Object.keys(TIMES) as Time[]) {
            const want = ACTIONS.filter((a) => expected(status, a, role, isParticipant, time, true) !== null);
            expect(allowedActions(context(status, role, isParticipant, time, true))).toEqual(want);
          }
        }
      }
    }
  });

  it("shows a patient cancel and reschedule before the cutoff, nothing after it", () => {
    expect(allowedActions(context("CONFIRMED", "PATIENT", true, "wellBefore", false))).toEqual([
      "cancel",
      "reschedule",
    ]);
    expect(allowedActions(context("CONFIRMED", "PATIENT", true, "insideCutoff", false))).toEqual([]);
  });

  it("shows a doctor complete and no-show once the appointment has started", () => {
    expect(allowedActions(context("CONFIRMED", "DOCTOR", true, "during", false))).toEqual(["complete", "no_show"]);
    expect(allowedActions(context("PENDING", "DOCTOR", true, "wellBefore", false))).toEqual([
      "confirm",
      "reject",
      "cancel",
      "reschedule",
    ]);
  });
});

/** A decision with its reason (a catalogue key) read in English. */
const english = (d: TransitionDecision): TransitionDecision =>
  d.allowed ? d : { allowed: false, reason: inEnglish(msg(d.reason, d.values)) };

describe("reasons", () => {
  const decide = (
    action: AppointmentAction,
    status: AppointmentStatus,
    role: ActorRole,
    time: Time,
    isParticipant = true,
  ) => english(decideTransition({ ...context(status, role, isParticipant, time, false), action }));

  it("tells a patient past the cutoff to call the clinic", () => {
    expect(decide("cancel", "CONFIRMED", "PATIENT", "atCutoff")).toEqual({
      allowed: false,
      reason: "Appointments can be cancelled online until 24 hours before they start. Please call the clinic.",
    });
    expect(decide("reschedule", "PENDING", "PATIENT", "insideCutoff")).toEqual({
      allowed: false,
      reason: "Appointments can be moved online until 24 hours before they start. Please call the clinic.",
    });
  });

  it("says 1 hour, not 1 hours", () => {
    const got = decideTransition({
      ...context("CONFIRMED", "PATIENT", true, "insideCutoff", false),
      cancellationCutoffHours: 1,
      action: "cancel",
    });
    expect(english(got)).toEqual({
      allowed: false,
      reason: "Appointments can be cancelled online until 1 hour before they start. Please call the clinic.",
    });
  });

  it("explains final statuses, other people's appointments and wrong roles", () => {
    expect(decide("cancel", "CANCELLED", "ADMIN", "wellBefore")).toEqual({
      allowed: false,
      reason: "This appointment was cancelled, so it can no longer be changed.",
    });
    expect(decide("cancel", "CONFIRMED", "PATIENT", "wellBefore", false)).toEqual({
      allowed: false,
      reason: "You can only change your own appointments.",
    });
    expect(decide("confirm", "PENDING", "PATIENT", "wellBefore")).toEqual({
      allowed: false,
      reason: "Only the doctor or an administrator can confirm an appointment.",
    });
    expect(decide("complete", "CONFIRMED", "DOCTOR", "insideCutoff")).toEqual({
      allowed: false,
      reason: "An appointment can be marked as completed only once it has started.",
    });
  });

  it("ignores isParticipant for an admin", () => {
    expect(decide("confirm", "PENDING", "ADMIN", "wellBefore", false)).toEqual({ allowed: true, to: "CONFIRMED" });
  });

  it("with a zero cutoff lets a patient cancel until the start", () => {
    const got = decideTransition({
      ...context("CONFIRMED", "PATIENT", true, "insideCutoff", false),
      cancellationCutoffHours: 0,
      action: "cancel",
    });
    expect(got).toEqual({ allowed: true, to: "CANCELLED" });
  });
});

describe("initialStatus", () => {
  it.each([
    [true, "PATIENT", "PENDING"],
    [false, "PATIENT", "CONFIRMED"],
    [true, "DOCTOR", "CONFIRMED"],
    [true, "ADMIN", "CONFIRMED"],
    [false, "ADMIN", "CONFIRMED"],
  ] as const)("requiresConfirmation=%s, booked by %s → %s", (requiresConfirmation, bookedBy, status) => {
    expect(initialStatus(requiresConfirmation, bookedBy)).toBe(status);
  });
});
