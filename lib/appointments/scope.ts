import type { Actor } from "@/lib/auth/session";

/**
 * The appointments an actor may see or act on, as a query filter: a patient their own, a doctor
 * their own, an admin all. Queries use it instead of checking after loading.
 */
export function appointmentScope(actor: Actor): { patientId?: string; doctorId?: string } {
  switch (actor.role) {
    case "PATIENT":
      return { patientId: actor.patientId ?? "00000000-0000-0000-0000-000000000000" };
    case "DOCTOR":
      return { doctorId: actor.doctorId ?? "00000000-0000-0000-0000-000000000000" };
    case "ADMIN":
      return {};
  }
}
