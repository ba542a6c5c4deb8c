// Safeguards for changing who may run the clinic. Pure: the caller loads the facts and the count.
// Reasons are catalogue keys (errors.staff), shown in the reader's language.
import type { Role } from "@/lib/generated/prisma/enums";
import { definePolicy, rule } from "@/lib/policy/define";

export type AccountFacts = { role: Role; active: boolean; hasDoctorProfile: boolean };

const LAST_ADMIN = "errors.staff.lastAdmin";

/** Would this change leave the clinic without an active administrator? */
const removesLastAdmin = (target: AccountFacts, stillAdmin: boolean, activeAdmins: number) =>
  target.role === "ADMIN" && target.active && !stillAdmin && activeAdmins <= 1;

/** Why a user cannot be deactivated or reactivated, or null when they can. */
export function activationProblem(target: AccountFacts, active: boolean, activeAdmins: number): string | null {
  if (target.active === active) return active ? "errors.staff.alreadyActive" : "errors.staff.alreadyDeactivated";
  if (!active && removesLastAdmin(target, false, activeAdmins)) return LAST_ADMIN;
  return null;
}

/**
 * Why a role cannot change, or null when it can. Only staff change roles (a patient account
 * carries medical records and never becomes staff), and a doctor role needs a doctor profile.
 */
export function roleChangeProblem(target: AccountFacts, to: Role, activeAdmins: number): string | null {
  if (target.role === to) return "errors.staff.sameRole";
  if (target.role === "PATIENT" || to === "PATIENT") return "errors.staff.patientStaff";
  if (to === "DOCTOR" && !target.hasDoctorProfile) return "errors.staff.noDoctorProfile";
  if (removesLastAdmin(target, false, activeAdmins)) return LAST_ADMIN;
  return null;
}

/** What decides whether a new invitation link may be sent: staff, active, and no password set yet. */
export type InvitationFacts = { role: Role; active: boolean; hasPassword: boolean };

function invitationProblem(target: InvitationFacts): string | null {
  if (target.role === "PATIENT") return "errors.staff.inviteNotStaff";
  if (!target.active) return "errors.staff.inviteInactive";
  if (target.hasPassword) return "errors.staff.invitePasswordSet";
  return null;
}

/** An account change as the policy judges it: the target's facts and how many active admins there are. */
export type AccountChange = { target: AccountFacts; activeAdmins: number };

export const staffPolicy = definePolicy({
  /** The accounts list and an account's page. */
  "user.view": rule(["ADMIN"]),
  "user.create_staff": rule(["ADMIN"]),
  "user.set_active": rule<AccountChange & { active: boolean }>(["ADMIN"], (_actor, { target, active, activeAdmins }) =>
    activationProblem(target, active, activeAdmins),
  ),
  "user.change_role": rule<AccountChange & { to: Role }>(["ADMIN"], (_actor, { target, to, activeAdmins }) =>
    roleChangeProblem(target, to, activeAdmins),
  ),
  /** A fresh link for staff who lost or let expire the first one. */
  "user.resend_invite": rule<InvitationFacts>(["ADMIN"], (_actor, target) => invitationProblem(target)),
});
