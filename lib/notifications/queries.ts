import "server-only";
import { getDb } from "@/lib/db/client";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { mailboxShowsLinks, usingDevelopmentMailbox } from "./mailbox-transport";
import { renderStoredEmail } from "./render-email";

const OUTBOX_PAGE_SIZE = 50;
export const OUTBOX_STATUSES: OutboxStatus[] = ["PENDING", "SENT", "FAILED", "DROPPED"];

const listSelect = {
  id: true,
  kind: true,
  toEmail: true,
  subject: true,
  status: true,
  attempts: true,
  availableAt: true,
  sentAt: true,
  lastError: true,
  createdAt: true,
} as const;

/** The outbox for admins, newest first, optionally one status; `page` counts from 1. */
export async function listOutbox(status: OutboxStatus | undefined, page: number) {
  const db = getDb();
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: listSelect,
    }),
    db.outboxMessage.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

export async function countOutboxByStatus(): Promise<Record<OutboxStatus, number>> {
  const groups = await getDb().outboxMessage.groupBy({ by: ["status"], _count: true });
  const counts = { PENDING: 0, SENT: 0, FAILED: 0, DROPPED: 0 };
  for (const g of groups) counts[g.status] = g._count;
  return counts;
}

/** Emails "delivered" to the development mailbox: those marked sent, newest first. */
export async function listMailbox(page: number) {
  const db = getDb();
  const where = { status: "SENT" as const };
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ sentAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: listSelect,
    }),
    db.outboxMessage.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/**
 * One sent email, rendered exactly as the dispatcher rendered it. Only while emails go to the
 * development mailbox: real emails carry personal links (cancel, move, set a password) that an
 * admin must not be able to follow as someone else.
 */
export async function getMailboxEmail(messageId: string) {
  if (!usingDevelopmentMailbox()) return null;
  const db = getDb();
  const [row, clinic] = await Promise.all([
    db.outboxMessage.findFirst({
      where: { id: messageId, status: "SENT" },
      select: { id: true, toEmail: true, subject: true, payload: true, idempotencyKey: true, sentAt: true, kind: true },
    }),
    db.clinicSettings.findUnique({ where: { id: 1 }, select: { name: true } }),
  ]);
  if (!row) return null;
  const email = await renderStoredEmail(row, {
    clinicName: clinic?.name ?? "Clinic",
    hideLinks: !mailboxShowsLinks(),
  });
  return { ...row, email };
}
