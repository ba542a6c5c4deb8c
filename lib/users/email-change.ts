import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { appUrl } from "@/lib/notifications/app-url";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { verifyPassword } from "./password";
import { hashToken } from "./password-tokens";
import { accountPolicy } from "./policy";
import { noticeWords } from "./notice-words";
import type { ChangeEmailInput } from "./schemas";

const LIFETIME_MS = 24 * 60 * 60_000;

/**
 * Sends a confirmation link to the new address; nothing changes until it is used, so a typo cannot
 * lock anyone out. The current password is asked: a session left open must not hand over the account.
 */
export async function requestEmailChange(actor: Actor, input: ChangeEmailInput, now = new Date()): Promise<void> {
  accountPolicy.assertRole(actor, "account.manage_own");
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, name: true, locale: true, passwordHash: true },
  });
  if (input.newEmail === user.email) throw new DomainError("errors.account.sameEmail", "newEmail");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new DomainError("errors.account.wrongPassword", "currentPassword");
  if (await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } }))
    throw new DomainError("errors.account.emailTaken", "newEmail");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LIFETIME_MS);
  await db.$transaction(async (tx) => {
    // Only the latest request counts.
    await tx.emailChangeToken.updateMany({ where: { userId: actor.id, usedAt: null }, data: { usedAt: now } });
    await tx.emailChangeToken.create({
      data: { userId: actor.id, newEmail: input.newEmail, tokenHash: hashToken(token), expiresAt },
    });
    const t = await noticeWords(tx, user.locale);
    await enqueueEmails(tx, [
      {
        to: input.newEmail,
        subject: t("confirmSubject"),
        payload: {
          kind: "account.email-change",
          locale: t.locale,
          heading: t("confirmHeading"),
          paragraphs: [t("confirmBody", { name: user.name }), t("confirmIgnore")],
          link: appUrl(`/confirm-email/${token}`),
          linkLabel: t("confirmButton"),
          linkNote: t("confirmNote"),
        },
        idempotencyKey: `account.email-change:${hashToken(token)}`,
      },
    ]);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.email_change_requested",
        entityType: "user",
        entityId: actor.id,
        detail: { from: user.email, to: input.newEmail },
      },
      tx,
    );
  });
}

/** Whether a confirmation link can still be used (for its page; confirming checks again atomically). */
export async function findUsableEmailChange(token: string, now = new Date()) {
  const row = await getDb().emailChangeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { newEmail: true, usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  return row && !row.usedAt && row.expiresAt > now && row.user.active ? { newEmail: row.newEmail } : null;
}

/**
 * Moves the account to the confirmed address and tells the old one, in one transaction. The token is
 * spent by a guarded UPDATE, so two clicks cannot both succeed; an address taken meanwhile is refused.
 */
export async function confirmEmailChange(token: string, now = new Date()): Promise<{ newEmail: string }> {
  const tokenHash = hashToken(token);
  try {
    return await getDb().$transaction(async (tx) => {
      const { count } = await tx.emailChangeToken.updateMany({
        where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
        data: { usedAt: now },
      });
      if (count !== 1) throw new DomainError("errors.account.emailLinkUnusable");
      const change = await tx.emailChangeToken.findUniqueOrThrow({
        where: { tokenHash },
        select: { newEmail: true, user: { select: { id: true, email: true, name: true, locale: true } } },
      });
      const { user, newEmail } = change;
      await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
      const t = await noticeWords(tx, user.locale);
      await enqueueEmails(tx, [
        {
          to: user.email,
          subject: t("changedSubject"),
          payload: {
            kind: "account.email-changed",
            locale: t.locale,
            heading: t("changedHeading"),
            paragraphs: [t("changedBody", { name: user.name, email: newEmail }), t("changedNotYou")],
            link: null,
          },
          idempotencyKey: `account.email-changed:${tokenHash}`,
        },
      ]);
      await recordAudit(
        {
          actorId: user.id,
          action: "user.email_change",
          entityType: "user",
          entityId: user.id,
          detail: { from: user.email, to: newEmail },
        },
        tx,
      );
      return { newEmail };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("errors.account.emailTaken");
    throw error;
  }
}
