import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { AuditAction } from "./actions";

type Client = Pick<Prisma.TransactionClient, "auditEvent">;

export type AuditEntry = {
  actorId?: string | null;
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
};

/** Appends to the audit trail; pass the transaction client to record inside the change itself. */
export async function recordAudit(entry: AuditEntry, client: Client = getDb()): Promise<void> {
  await client.auditEvent.create({ data: { ...entry, actorId: entry.actorId ?? null } });
}
