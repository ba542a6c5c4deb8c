import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/users/password";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PolicyActor } from "@/lib/policy/define";
import { mfaPolicy } from "./policy";
import { openSecret, sealSecret } from "./secret-box";
import { hashRecoveryCode, looksLikeTotp, matchTotp, newRecoveryCodes, newTotpSecret } from "./totp";

type Client = Pick<Prisma.TransactionClient, "user" | "mfaRecoveryCode">;

/** Wrong codes for one account within the window, after which codes are refused unchecked. */
export const SECOND_FACTOR_THROTTLE = { failures: 10, minutes: 15 } as const;

/** What sign-in learns about the code given with a correct password. */
export type SecondFactorCheck = "ok" | "not_enrolled" | "missing" | "wrong" | "throttled";

const secondFactorOf = (userId: string) =>
  getDb().user.findUnique({
    where: { id: userId },
    select: { mfaSecret: true, mfaEnabledAt: true, mfaLastTimeStep: true, passwordHash: true },
  });

/**
 * Accepts a TOTP code of a step later than the last one accepted (a guarded UPDATE, so two requests
 * with one code cannot both pass), or an unused recovery code (marked used by the same kind of UPDATE).
 */
async function acceptCode(
  client: Client,
  userId: string,
  sealed: string,
  lastStep: number | null,
  code: string,
  now: Date,
): Promise<"totp" | "recovery" | null> {
  if (looksLikeTotp(code)) {
    const secret = openSecret(sealed);
    const step = secret ? matchTotp(secret, code, lastStep, now) : null;
    if (step === null) return null;
    const { count } = await client.user.updateMany({
      where: { id: userId, OR: [{ mfaLastTimeStep: null }, { mfaLastTimeStep: { lt: step } }] },
      data: { mfaLastTimeStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  const { count } = await client.mfaRecoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? "recovery" : null;
}

function recentFailures(userId: string, now: Date): Promise<number> {
  return getDb().auditEvent.count({
    where: {
      action: "auth.mfa_failed",
      entityId: userId,
      createdAt: { gte: new Date(now.getTime() - SECOND_FACTOR_THROTTLE.minutes * 60_000) },
    },
  });
}

/** Checks and spends a code; every failure is audited and counts towards the throttle. */
async function spendCode(
  userId: string,
  sealed: string,
  lastStep: number | null,
  code: string,
  ip: string | null | undefined,
  now: Date,
): Promise<"totp" | "recovery" | "wrong" | "throttled"> {
  const audit = { actorId: userId, entityType: "user", entityId: userId, ip } as const;
  if ((await recentFailures(userId, now)) >= SECOND_FACTOR_THROTTLE.failures) {
    await recordAudit({ ...audit, action: "auth.mfa_throttled" });
    return "throttled";
  }
  const accepted = await acceptCode(getDb(), userId, sealed, lastStep, code, now);
  if (!accepted) {
    await recordAudit({ ...audit, action: "auth.mfa_failed" });
    return "wrong";
  }
  if (accepted === "recovery") {
    const left = await getDb().mfaRecoveryCode.count({ where: { userId, usedAt: null } });
    await recordAudit({ ...audit, action: "auth.mfa_recovery_code_used", detail: { left } });
  }
  return accepted;
}

/** The second step of signing in, after the password was found right. */
export async function checkSecondFactor(
  userId: string,
  rawCode: string | undefined,
  ip?: string | null,
  now = new Date(),
): Promise<SecondFactorCheck> {
  const user = await secondFactorOf(userId);
  if (!user?.mfaEnabledAt || !user.mfaSecret) return "not_enrolled";
  const code = (rawCode ?? "").replace(/\s/g, "");
  if (!code) return "missing";
  const result = await spendCode(userId, user.mfaSecret, user.mfaLastTimeStep, code, ip, now);
  return result === "totp" || result === "recovery" ? "ok" : result;
}

/** A fresh secret waiting for its first code; replaces an earlier unconfirmed one. */
export async function startEnrolment(actor: PolicyActor): Promise<void> {
  mfaPolicy.assertRole(actor, "mfa.manage");
  const { count } = await getDb().user.updateMany({
    where: { id: actor.id, mfaEnabledAt: null },
    data: { mfaSecret: sealSecret(newTotpSecret()), mfaLastTimeStep: null },
  });
  if (count !== 1) throw new DomainError("errors.mfa.alreadyOn");
}

async function replaceRecoveryCodes(tx: Client, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** Turns the second factor on with a first correct code; returns the recovery codes, shown once. */
export async function confirmEnrolment(actor: PolicyActor, code: string, now = new Date()): Promise<string[]> {
  mfaPolicy.assertRole(actor, "mfa.manage");
  const user = await secondFactorOf(actor.id);
  if (user?.mfaEnabledAt) throw new DomainError("errors.mfa.alreadyOn");
  const secret = user?.mfaSecret ? openSecret(user.mfaSecret) : null;
  if (!user?.mfaSecret || !secret) throw new DomainError("errors.mfa.startAgain");
  const step = matchTotp(secret, code, null, now);
  if (step === null) {
    await recordAudit({ actorId: actor.id, action: "auth.mfa_failed", entityType: "user", entityId: actor.id });
    throw new DomainError("errors.mfa.wrongCode", "code");
  }
  return getDb().$transaction(async (tx) => {
    // Guarded on the very secret the code was checked against: a second tab's new secret wins nothing.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, mfaEnabledAt: null, mfaSecret: user.mfaSecret },
      data: { mfaEnabledAt: now, mfaLastTimeStep: step },
    });
    if (count !== 1) throw new DomainError("errors.mfa.startAgain");
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit({ actorId: actor.id, action: "auth.mfa_enrolled", entityType: "user", entityId: actor.id }, tx);
    return codes;
  });
}

/** Turns the second factor off: needs the password and a current code (or a recovery code). */
export async function disableSecondFactor(
  actor: PolicyActor,
  input: { password: string; code: string },
  ip?: string | null,
  now = new Date(),
): Promise<void> {
  mfaPolicy.assertRole(actor, "mfa.manage");
  const user = await secondFactorOf(actor.id);
  if (!user?.mfaEnabledAt || !user.mfaSecret) throw new DomainError("errors.mfa.notOn");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new DomainError("errors.mfa.wrongPassword", "password");
  }
  const result = await spendCode(actor.id, user.mfaSecret, user.mfaLastTimeStep, input.code, ip, now);
  if (result === "throttled") throw new DomainError("errors.mfa.throttled", "code");
  if (result === "wrong") throw new DomainError("errors.mfa.wrongCode", "code");
  await getDb().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { mfaSecret: null, mfaEnabledAt: null, mfaLastTimeStep: null },
    });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAudit(
      { actorId: actor.id, action: "auth.mfa_disabled", entityType: "user", entityId: actor.id, ip },
      tx,
    );
  });
}

/** Ten new recovery codes; the earlier ones stop working at once. */
export async function regenerateRecoveryCodes(actor: PolicyActor): Promise<string[]> {
  mfaPolicy.assertRole(actor, "mfa.manage");
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { mfaEnabledAt: true } });
    if (!user?.mfaEnabledAt) throw new DomainError("errors.mfa.notOn");
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(
      { actorId: actor.id, action: "auth.mfa_recovery_codes_regenerated", entityType: "user", entityId: actor.id },
      tx,
    );
    return codes;
  });
}
