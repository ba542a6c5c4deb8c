import "server-only";
import type { Db } from "@/lib/db/create-client";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mailboxShowsLinks, mailboxTransport } from "./mailbox-transport";
import type { AppointmentEmailPayload } from "./email-payload";
import { renderStoredEmail } from "./render-email";
import { staleReminderReason } from "./reminder-check";
import { afterFailure, CLAIM_LEASE_MS } from "./retry-policy";
import type { EmailTransport } from "./transport";

export type ClaimedMessage = {
  id: string;
  kind: string;
  toEmail: string;
  subject: string;
  payload: unknown;
  idempotencyKey: string;
  /** Including this claim. */
  attempts: number;
};

/**
 * Takes up to `limit` due messages for this dispatcher. SKIP LOCKED lets concurrent dispatchers
 * pass over rows another is claiming, and the committed lease (`locked_until`) keeps them away
 * until it runs out, so a message is handed out once; if its dispatcher dies before marking it,
 * the lease expires and the message is sent again later, with the same idempotency key.
 */
export async function claimDueMessages(
  db: Db,
  now: Date,
  limit: number,
  leaseMs = CLAIM_LEASE_MS,
): Promise<ClaimedMessage[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  return db.$queryRaw<ClaimedMessage[]>`
    UPDATE outbox_messages AS m
       SET locked_until = ${leaseUntil}::timestamptz, attempts = m.attempts + 1
      FROM (SELECT id FROM outbox_messages
             WHERE status = 'PENDING' AND available_at <= ${now}::timestamptz
               AND (locked_until IS NULL OR locked_until <= ${now}::timestamptz)
             ORDER BY available_at, id
             LIMIT ${limit}
             FOR UPDATE SKIP LOCKED) AS due
     WHERE m.id = due.id
    RETURNING m.id, m.kind, m.to_email AS "toEmail", m.subject, m.payload, m.idempotency_key AS "idempotencyKey", m.attempts`;
}

type Outcome = "sent" | "retry" | "failed" | "dropped";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/** A reminder goes out only while its appointment is still confirmed, unchanged and ahead. */
async function reminderProblem(db: Db, message: ClaimedMessage, now: Date): Promise<string | null> {
  if (message.kind !== "appointment.reminder") return null;
  const facts = (message.payload as AppointmentEmailPayload).facts;
  const appointment = await db.appointment.findUnique({
    where: { id: facts.appointmentId },
    select: { status: true, sequence: true, startsAt: true },
  });
  return staleReminderReason(facts, appointment, now);
}

/**
 * Once a password link has really left, the recipient holds its only copy: the stored payload forgets
 * it, so the outbox table is no way in. The development mailbox keeps it only where it shows links
 * (development); in production nobody could read it there, so it is forgotten as well.
 */
function forgetSecrets(transport: EmailTransport, message: ClaimedMessage): { payload?: Prisma.InputJsonObject } {
  if (!message.kind.startsWith("account.")) return {};
  if (transport.name === mailboxTransport.name && mailboxShowsLinks()) return {};
  return { payload: { ...(message.payload as Prisma.InputJsonObject), link: null } };
}

/** Sends one claimed message and records the outcome; only a row still PENDING is changed. */
async function deliverClaimed(
  db: Db,
  transport: EmailTransport,
  message: ClaimedMessage,
  now: Date,
  clinicName: string,
): Promise<Outcome> {
  const where = { id: message.id, status: "PENDING" as const };
  const dropReason = await reminderProblem(db, message, now);
  if (dropReason) {
    await db.outboxMessage.updateMany({ where, data: { status: "DROPPED", lastError: dropReason, lockedUntil: null } });
    return "dropped";
  }
  try {
    await transport.send(await renderStoredEmail(message, { clinicName }));
  } catch (error) {
    const next = afterFailure(message.attempts, now);
    await db.outboxMessage.updateMany({
      where,
      data:
        next.status === "FAILED"
          ? { status: "FAILED", lastError: errorText(error), lockedUntil: null }
          : { availableAt: next.availableAt, lastError: errorText(error), lockedUntil: null },
    });
    return next.status === "FAILED" ? "failed" : "retry";
  }
  await db.outboxMessage.updateMany({
    where,
    data: { status: "SENT", sentAt: now, lockedUntil: null, lastError: null, ...forgetSecrets(transport, message) },
  });
  return "sent";
}

export type DispatchSummary = Record<Outcome, number> & { transport: string };

export type DispatchOptions = {
  db?: Db;
  transport: EmailTransport;
  now?: () => Date;
  batchSize?: number;
  /** Stop claiming new batches after this long, so one cron call stays short. */
  budgetMs?: number;
};

/** Sends everything due, batch by batch, until nothing is due or the time budget is spent. */
export async function dispatchDueEmails(options: DispatchOptions): Promise<DispatchSummary> {
  const db = options.db ?? getDb();
  const clock = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  const stopAt = Date.now() + (options.budgetMs ?? 45_000);
  const summary: DispatchSummary = { sent: 0, retry: 0, failed: 0, dropped: 0, transport: options.transport.name };
  const clinic = await db.clinicSettings.findUnique({ where: { id: 1 }, select: { name: true } });
  const clinicName = clinic?.name ?? "Clinic";
  while (Date.now() < stopAt) {
    const batch = await claimDueMessages(db, clock(), batchSize);
    if (batch.length === 0) break;
    for (const message of batch)
      summary[await deliverClaimed(db, options.transport, message, clock(), clinicName)] += 1;
  }
  return summary;
}
