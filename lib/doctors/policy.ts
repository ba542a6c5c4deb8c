import type { Actor } from "@/lib/auth/session";

/** Who may change a doctor's schedule and profile: the doctor themself, or an administrator. */
export function canManageDoctor(actor: Pick<Actor, "role" | "doctorId">, doctorId: string): boolean {
  return actor.role === "ADMIN" || (actor.role === "DOCTOR" && actor.doctorId === doctorId);
}
