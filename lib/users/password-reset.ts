import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import { revokeAllSessions } from "@/lib/sessions/service";
import { hashPassword } from "./password";
import { clearSignInLimits } from "./sign-in-limits";
import { hashToken, issuePasswordLink } from "./password-tokens";
import type { ResetPasswordInput } from "./schemas";

/** The same answer whether or not the address has an account, so the form reveals nothing. */
export const resetRequestedMessage = "auth.forgot.sent";

export const unusableLinkMessage = "auth.reset.unusable";

/** Emails a reset link to an active account with that address; does nothing visible otherwise. */
export async function requestPasswordReset(email: string, now = new Date(), ip: string | null = null): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, active: true, locale: true },
    });
    if (!user?.active) return;
    await issuePasswordLink(tx, user, "account.password-reset", now);
    await recordAudit(
      { actorId: user.id, action: "auth.password_reset_requested", entityType: "user", entityId: user.id, ip },
      tx,
    );
  });
}

/** Whether a link can still set a password (for the page; the reset itself checks again atomically). */
export async function isUsablePasswordToken(token: string, now = new Date()): Promise<boolean> {
  const row = await getDb().passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  return Boolean(row && !row.usedAt && row.expiresAt > now && row.user.active);
}

/**
 * Sets the password with a one-time token. Marking the token used is a guarded UPDATE in the
 * same transaction as the new password, so two submissions of one link cannot both succeed.
 */
export async function resetPasswordWithToken(
  input: Pick<ResetPasswordInput, "token" | "password">,
  now = new Date(),
): Promise<void> {
  const tokenHash = hashToken(input.token);
  const passwordHash = await hashPassword(input.password); // slow on purpose: outside the transaction
  const email = await getDb().$transaction(async (tx) => {
    const token = await tx.passwordToken.findUnique({
      where: { tokenHash },
      select: { userId: true, user: { select: { active: true, email: true } } },
    });
    if (!token?.user.active) throw new DomainError(unusableLinkMessage);
    const { count } = await tx.passwordToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new DomainError(unusableLinkMessage);
    // Whoever knew the old password may be signed in: every session ends.
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    await revokeAllSessions(token.userId, now, tx);
    await recordAudit(
      { actorId: token.userId, action: "auth.password_reset", entityType: "user", entityId: token.userId },
      tx,
    );
    return token.user.email;
  });
  // Guesses made against the old password no longer slow down or refuse the owner.
  await clearSignInLimits(email);
}
