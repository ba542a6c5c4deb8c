// Who must have a second sign-in factor. Pure: used by getActor (which sends them to enrolment) and
// by the security page (which says why).
import type { Role } from "@/lib/generated/prisma/enums";

/** Staff always (they see every patient's records); patients when the clinic's setting says so. */
export function secondFactorRequired(role: Role, requirePatientMfa: boolean): boolean {
  return role !== "PATIENT" || requirePatientMfa;
}

/** Where someone who must enrol is sent, whatever they asked for. */
export const ENROLMENT_PATH = "/account/security";
