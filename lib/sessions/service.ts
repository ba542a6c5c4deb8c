import "server-only";
import { cache } from "react";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { PolicyActor } from "@/lib/policy/define";
import { LAST_SEEN_GRANULARITY_MS, SESSION_LIFETIME_SECONDS, sessionEndReason } from "./lifetime";

import { sessionsPolicy } from "./policy";

type Tx = Pick<Prisma.TransactionClient, "session">;

/** Roles signed out after the clinic's idle timeout; patients keep only the absolute lifetime. */
const STAFF_ROLES: ReadonlySet<Role> = new Set(["DOCTOR", "ADMIN"]);

/** A short, bounded summary of the browser for the owner's session list (never the whole header). */
function summarizeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = /(Edg|OPR|Firefox|Chrome|Safari)\/[\d.]+/.exec(userAgent)?.[1];
  const system = /(Windows|Android|iPhone|iPad|Mac OS X|Linux|CrOS)/.exec(userAgent)?.[1];
  const summary = [browser === "Edg" ? "Edge" : browser === "OPR" ? "Opera" : browser, system]
    .filter(Boolean)
    .join(" · ");
  return (summary || userAgent).slice(0, 80);
}

/** Records a new sign-in; its id goes into the session cookie. */
export async function startSession(
  input: { userId: string; ip?: string | null; userAgent?: string | null },
  now = new Date(),
): Promise<string> {
  const row = await getDb().session.create({
    data: {
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000),
      ip: input.ip ?? null,
      userAgent: summarizeUserAgent(input.userAgent),
    },
    select: { id: true },
  });
  return row.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user a session cookie still stands for, or null when the session was revoked, has passed its
 * absolute lifetime, or (for staff) sat idle longer than the clinic allows. Marks the session as
 * seen, at most once a minute. Cached per request: Auth.js's callback and getActor both ask.
 */
export const resolveSession = cache(async (sessionId: string, now: Date = new Date()) => {
  if (!UUID.test(sessionId)) return null;
  const db = getDb();
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, revokedAt: true, lastSeenAt: true, user: { select: { role: true } } },
  });
  if (!session) return null;
  const idleLimit = STAFF_ROLES.has(session.user.role) ? await staffIdleMinutes() : null;
  if (sessionEndReason(session, idleLimit, now)) return null;
  const staleBefore = new Date(now.getTime() - LAST_SEEN_GRANULARITY_MS);
  if (session.lastSeenAt < staleBefore) {
    // Guarded, so parallel requests of one browser write once per minute between them.
    await db.session.updateMany({
      where: { id: sessionId, lastSeenAt: { lt: staleBefore } },
      data: { lastSeenAt: now },
    });
  }
  return { userId: session.userId };
});

async function staffIdleMinutes(): Promise<number> {
  const row = await getDb().clinicSettings.findUnique({ where: { id: 1 }, select: { staffIdleMinutes: true } });
  return row?.staffIdleMinutes ?? 30;
}

/** Ends one session (signing out); ending an ended one changes nothing. */
export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await getDb().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends every session of a user (deactivation, password reset, "sign out everywhere"). Pass the
 * transaction of the change that causes it, so both commit together.
 */
export async function revokeAllSessions(userId: string, now = new Date(), tx: Tx = getDb()): Promise<number> {
  const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** Ends every session of a user but the one they are using (a password change made while signed in). */
export async function revokeOtherSessions(
  userId: string,
  keepSessionId: string,
  now = new Date(),
  tx: Tx = getDb(),
): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, id: { not: keepSessionId } },
    data: { revokedAt: now },
  });
  return count;
}

/** "Sign out everywhere": every session of the signed-in user ends, this one included. Audited. */
export async function endAllOwnSessions(actor: PolicyActor, now = new Date()): Promise<number> {
  sessionsPolicy.assertRole(actor, "session.end_all_own");
  return getDb().$transaction(async (tx) => {
    const ended = await revokeAllSessions(actor.id, now, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "auth.sign_out_everywhere",
        entityType: "user",
        entityId: actor.id,
        detail: { ended },
      },
      tx,
    );
    return ended;
  });
}
