import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl } from "@/lib/notifications/app-url";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/generated/prisma/client";
import { hashPassword, spendVerifyTime, verifyPassword } from "./password";
import { admitSignInAttempt, settleSignInAttempt } from "./sign-in-limits";
import { normalizeEmail, type RegisterPatientInput } from "./schemas";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

export type CredentialCheck =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" | "deactivated" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password; records the attempt in the audit trail either way. Too many
 * attempts from one client (lib/users/sign-in-limits.ts) are refused without checking the password;
 * unknown addresses are counted and timed like real ones, so the answer reveals nothing.
 */
export async function verifyCredentials(
  rawEmail: string,
  password: string,
  ip?: string | null,
  now = new Date(),
): Promise<CredentialCheck> {
  const email = normalizeEmail(rawEmail);
  const gate = await admitSignInAttempt(email, ip ?? null, now);
  if (!gate.allowed) {
    await recordAudit({ action: "auth.sign_in_throttled", entityType: "user", detail: { email }, ip });
    return { ok: false, reason: "throttled", retryAfterSeconds: gate.retryAfterSeconds };
  }
  if (gate.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, gate.delayMs));
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await spendVerifyTime(password), false);
  await settleSignInAttempt(email, ip ?? null, Boolean(user && passwordOk), now);
  if (!user || !passwordOk) {
    await recordAudit({
      actorId: user?.id,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id,
      detail: { email },
      ip,
    });
    return { ok: false, reason: "invalid" };
  }
  if (!user.active) {
    await recordAudit({
      actorId: user.id,
      action: "auth.sign_in_refused_inactive",
      entityType: "user",
      entityId: user.id,
      ip,
    });
    return { ok: false, reason: "deactivated" };
  }
  await recordAudit({ actorId: user.id, action: "auth.sign_in", entityType: "user", entityId: user.id, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/**
 * Creates a patient account with its profile in one transaction, or, when the address already has an
 * account, emails its owner instead (through the outbox) and creates nothing. The caller answers the
 * same either way, and both ways hash the password first, so neither the answer nor its time tells
 * a stranger whether the address is registered. Returns the new user, or null for a known address.
 */
export async function registerPatient(
  input: RegisterPatientInput,
  ip: string | null = null,
): Promise<AuthenticatedUser | null> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: "PATIENT",
          patient: { create: { phone: input.phone, dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00Z`) } },
        },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit({ actorId: user.id, action: "user.register", entityType: "user", entityId: user.id, ip }, tx);
      return user;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await tellOwnerOfRegistrationAttempt(input.email, ip);
    return null;
  }
}

async function tellOwnerOfRegistrationAttempt(email: string, ip: string | null): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const owner = await tx.user.findUnique({
      where: { email },
      select: { id: true, name: true, email: true, locale: true },
    });
    if (!owner) return;
    const words = await translatorFor(owner.locale);
    await enqueueEmails(tx, [
      {
        to: owner.email,
        subject: words.t("emails.alreadyRegistered.subject"),
        payload: {
          kind: "account.already-registered",
          name: owner.name,
          link: appUrl("/login"),
          resetLink: appUrl("/forgot-password"),
          locale: words.locale,
        },
        idempotencyKey: `account.already-registered:${randomUUID()}`,
      },
    ]);
    await recordAudit(
      { actorId: owner.id, action: "user.register_existing", entityType: "user", entityId: owner.id, ip },
      tx,
    );
  });
}
