import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError, NotFound } from "@/lib/errors/domain-error";
import { msg } from "@/lib/i18n/message";
import { hitRateLimit } from "@/lib/rate-limit/service";
import type { RateLimit } from "@/lib/rate-limit/window";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { issuePasswordLink } from "@/lib/users/password-tokens";
import { revokeAllSessions } from "@/lib/sessions/service";
import { staffPolicy, type AccountFacts } from "./policy";
import type {
  ChangeUserRoleInput,
  CreateAdminInput,
  CreateDoctorInput,
  ResendInvitationInput,
  SetUserActiveInput,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/** A unique violation on the email or the licence, as a message next to that field. */
function duplicateField(error: unknown): DomainError | null {
  if (!isUniqueViolation(error)) return null;
  return /license/i.test(JSON.stringify((error as { meta?: unknown }).meta ?? "") + String(error))
    ? new DomainError("errors.doctors.licenceTaken", "licenseNumber")
    : new DomainError("errors.staff.emailTaken", "email");
}

/** New staff get no password: an emailed one-time link lets them set one (through the outbox). */
async function createStaff(actor: Actor, data: Prisma.UserCreateInput): Promise<{ id: string }> {
  staffPolicy.assertRole(actor, "user.create_staff");
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...data, passwordHash: null },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          detail: { role: user.role },
        },
        tx,
      );
      await issuePasswordLink(tx, user, "account.invite");
      return { id: user.id };
    });
  } catch (error) {
    throw duplicateField(error) ?? error;
  }
}

export function createAdminAccount(actor: Actor, input: CreateAdminInput) {
  return createStaff(actor, { name: input.name, email: input.email, role: "ADMIN" });
}

export async function createDoctorAccount(actor: Actor, input: CreateDoctorInput) {
  staffPolicy.assertRole(actor, "user.create_staff");
  const specialty = await getDb().specialty.findUnique({ where: { id: input.specialtyId }, select: { id: true } });
  if (!specialty) throw new DomainError("errors.staff.specialtyGone", "specialtyId");
  return createStaff(actor, {
    name: input.name,
    email: input.email,
    role: "DOCTOR",
    doctor: {
      create: {
        specialty: { connect: { id: specialty.id } },
        licenseNumber: input.licenseNumber,
        yearsOfExperience: input.yearsOfExperience,
        feeCents: input.fee,
        slotMinutes: input.slotMinutes,
        location: input.location || null,
      },
    },
  });
}

/**
 * Loads the target and counts active admins with the admin rows locked, so two admins demoting
 * each other at once cannot both succeed and leave the clinic without one.
 */
async function lockFacts(tx: Tx, userId: string): Promise<{ facts: AccountFacts; activeAdmins: number }> {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'ADMIN' AND active FOR UPDATE`;
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: { role: true, active: true, doctor: { select: { id: true } } },
  });
  if (!target) throw new DomainError("errors.staff.noAccount");
  return {
    facts: { role: target.role, active: target.active, hasDoctorProfile: Boolean(target.doctor) },
    activeAdmins: admins.length,
  };
}

/** Deactivates or reactivates an account; a deactivated user's sessions stop at their next request. */
export async function setUserActive(actor: Actor, input: SetUserActiveInput): Promise<void> {
  staffPolicy.assertRole(actor, "user.set_active");
  await getDb().$transaction(async (tx) => {
    const { facts, activeAdmins } = await lockFacts(tx, input.userId);
    staffPolicy.assertCan(actor, "user.set_active", { target: facts, active: input.active, activeAdmins });
    await tx.user.update({ where: { id: input.userId }, data: { active: input.active } });
    // Ended for good: reactivating the account later must not bring back cookies issued before.
    if (!input.active) await revokeAllSessions(input.userId, new Date(), tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: input.active ? "user.reactivate" : "user.deactivate",
        entityType: "user",
        entityId: input.userId,
        detail: { role: facts.role },
      },
      tx,
    );
  });
}

export async function changeUserRole(actor: Actor, input: ChangeUserRoleInput): Promise<void> {
  staffPolicy.assertRole(actor, "user.change_role");
  await getDb().$transaction(async (tx) => {
    const { facts, activeAdmins } = await lockFacts(tx, input.userId);
    const verdict = staffPolicy.decide(actor, "user.change_role", { target: facts, to: input.role, activeAdmins });
    if (!verdict.allowed) throw new DomainError(verdict.reason, "role");
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.role_change",
        entityType: "user",
        entityId: input.userId,
        detail: { from: facts.role, to: input.role },
      },
      tx,
    );
  });
}

/** A new invitation for one account, and how many any administrator may send in all. */
export const INVITATION_LIMITS = {
  perAccount: { limit: 3, windowSeconds: 60 * 60 },
  perAdministrator: { limit: 30, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

/**
 * Sends a staff member who has not chosen a password yet a fresh link; the earlier one stops working.
 * Limited per account and per administrator, so the button cannot flood someone's inbox.
 */
export async function resendInvitation(actor: Actor, input: ResendInvitationInput, now = new Date()): Promise<void> {
  staffPolicy.assertRole(actor, "user.resend_invite");
  for (const [bucket, rule] of [
    [`invite:account:${input.userId}`, INVITATION_LIMITS.perAccount],
    [`invite:admin:${actor.id}`, INVITATION_LIMITS.perAdministrator],
  ] as const) {
    if (!(await hitRateLimit(bucket, rule, now)).allowed)
      throw new DomainError(msg("errors.staff.inviteThrottled", { minutes: rule.windowSeconds / 60 }));
  }
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
    });
    if (!user) throw new NotFound();
    staffPolicy.assertCan(actor, "user.resend_invite", {
      role: user.role,
      active: user.active,
      hasPassword: user.passwordHash !== null,
    });
    await issuePasswordLink(tx, user, "account.invite", now);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.invite_resend",
        entityType: "user",
        entityId: user.id,
        detail: { role: user.role },
      },
      tx,
    );
  });
}
