import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl } from "@/lib/notifications/app-url";
import { enqueueEmails } from "@/lib/notifications/outbox";

type Tx = Pick<Prisma.TransactionClient, "passwordToken" | "outboxMessage">;

/**
 * Only the hash is stored: a leaked table cannot be used to set anyone's password. (The outbox keeps
 * the link until it is sent, then forgets it; see forgetSecrets in the dispatcher.)
 */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const LIFETIME_MS = { "account.password-reset": 60 * 60_000, "account.invite": 60 * 60_000 } as const;
const WORDS = { "account.password-reset": "emails.reset", "account.invite": "emails.invite" } as const;

/**
 * Issues a one-time password link (reset, or a new staff member's first password) and writes its
 * email to the outbox in the caller's transaction. Earlier unused tokens of the user stop working.
 */
export async function issuePasswordLink(
  tx: Tx,
  /** `locale`: the language the email is written in (none: English). */
  user: { id: string; email: string; name: string; locale?: string | null },
  kind: keyof typeof LIFETIME_MS,
  now = new Date(),
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LIFETIME_MS[kind]);
  await tx.passwordToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
  await tx.passwordToken.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt } });
  const words = await translatorFor(user.locale);
  await enqueueEmails(tx, [
    {
      to: user.email,
      subject: words.t(`${WORDS[kind]}.subject`),
      payload: {
        kind,
        name: user.name,
        link: appUrl(`/reset-password/${token}`),
        expiresAt: expiresAt.toISOString(),
        locale: words.locale,
      },
      idempotencyKey: `${kind}:${hashToken(token)}`,
    },
  ]);
}
