import type { Actor } from "@/lib/auth/session";

/** Who may change a doctor's schedule and profile: the doctor themself, or an administrator. */
export function canManageDoctor(actor: Pick<Actor, "role" | "doctorId">, doctorId: string): boolean {
  return actor.role === "ADMIN" || (actor.role === "DOCTOR" && actor.doctorId === doctorId);
}

/**
 * Appointments that open a patient's record to the doctor: a request to decide on, a booked visit,
 * or one that happened. A declined request or a cancelled booking gives no lasting access.
 */
export const CARE_STATUSES = ["PENDING", "CONFIRMED", "COMPLETED", "NO_SHOW"] as const;

/**
 * The account behind a doctor profile that patients may book: active, and still a doctor (an
 * account made administrator keeps its profile, for history, but leaves the rota).
 */
export const practisingUser = { active: true, role: "DOCTOR" } as const;
export const isPractising = (user: { active: boolean; role: string }) => user.active && user.role === practisingUser.role;
