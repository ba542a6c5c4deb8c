import "server-only";
import { revokeAllSessions, revokeOtherSessions } from "@/lib/sessions/service";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { availableLocales } from "@/lib/i18n/catalogues";
import { msg } from "@/lib/i18n/message";
import { hashPassword, verifyPassword } from "./password";
import { accountPolicy } from "./policy";
import type { AccountInput, ChangePasswordInput } from "./schemas";

/** Wrong current passwords within the window after which changing the password waits. */
const PASSWORD_CHANGE_THROTTLE = { failures: 5, minutes: 15 } as const;

/** The actor's own name and language, for the account page. */
export async function getOwnAccount(actor: Actor) {
  accountPolicy.assertRole(actor, "account.manage_own");
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, locale: true },
  });
  return { name: user.name, email: user.email, locale: user.locale ?? "" };
}

/** Saves one's own name and language; the audit keeps old → new. */
export async function updateOwnAccount(actor: Actor, input: AccountInput): Promise<{ changed: string[] }> {
  accountPolicy.assertRole(actor, "account.manage_own");
  if (input.locale && !availableLocales().includes(input.locale))
    throw new DomainError("errors.unknownLanguage", "locale");
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, locale: true } });
    const changes = Object.fromEntries(
      (["name", "locale"] as const)
        .filter((key) => (before[key] ?? null) !== input[key])
        .map((key) => [key, { from: before[key] ?? null, to: input[key] }]),
    );
    const changed = Object.keys(changes);
    if (!changed.length) return { changed };
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name, locale: input.locale } });
    await recordAudit(
      { actorId: actor.id, action: "user.account.update", entityType: "user", entityId: actor.id, detail: { changes } },
      tx,
    );
    return { changed };
  });
}

/**
 * Sets a new password after checking the current one. The hash is computed outside the transaction
 * (slow on purpose); the stored hash is compared again inside it, so a concurrent change is not lost
 * silently: the second one finds the password changed and is refused.
 */
export async function changePassword(
  actor: Actor,
  input: ChangePasswordInput,
  ip?: string | null,
  now = new Date(),
): Promise<void> {
  accountPolicy.assertRole(actor, "account.manage_own");
  // Someone holding a stolen session must not be able to guess the password here at leisure.
  const recentFailures = await getDb().auditEvent.count({
    where: {
      actorId: actor.id,
      action: "auth.password_change_failed",
      createdAt: { gte: new Date(now.getTime() - PASSWORD_CHANGE_THROTTLE.minutes * 60_000) },
    },
  });
  if (recentFailures >= PASSWORD_CHANGE_THROTTLE.failures)
    throw new DomainError(msg("errors.account.tooManyAttempts", { minutes: PASSWORD_CHANGE_THROTTLE.minutes }));
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  const ok = user.passwordHash ? await verifyPassword(user.passwordHash, input.currentPassword) : false;
  if (!ok) {
    await recordAudit({
      actorId: actor.id,
      action: "auth.password_change_failed",
      entityType: "user",
      entityId: actor.id,
      ip,
    });
    throw new DomainError("errors.account.wrongPassword", "currentPassword");
  }
  const passwordHash = await hashPassword(input.password);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (count !== 1) throw new DomainError("errors.account.passwordChangedMeanwhile", "currentPassword");
    // Whoever knew the old password may be signed in elsewhere: those sessions end, this one stays.
    const ended = actor.sessionId
      ? await revokeOtherSessions(actor.id, actor.sessionId, now, tx)
      : await revokeAllSessions(actor.id, now, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "auth.password_change",
        entityType: "user",
        entityId: actor.id,
        ip,
        detail: { endedSessions: ended },
      },
      tx,
    );
  });
}
