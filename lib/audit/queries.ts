import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localDateRange } from "@/lib/scheduling/date-range";
import { PAGE_SIZE, paged } from "@/lib/listing/search-params";
import type { AuditFilter } from "./schemas";

function auditWhere(filter: AuditFilter, timeZone: string): Prisma.AuditEventWhereInput {
  const range = localDateRange(filter.from, filter.to, timeZone);
  const actorText = filter.actor ? { contains: filter.actor, mode: "insensitive" as const } : undefined;
  return {
    // "user." finds every account event; a full name finds exactly that one.
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(actorText ? { actor: { OR: [{ name: actorText }, { email: actorText }] } } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(range.gte || range.lt ? { createdAt: range } : {}),
  };
}

/** Newest first; the id is the order of writing, and created_at is indexed for the date range. */
export async function listAuditEvents(filter: AuditFilter, timeZone: string) {
  const db = getDb();
  const where = auditWhere(filter, timeZone);
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        detail: true,
        ip: true,
        createdAt: true,
        actor: { select: { id: true, name: true, email: true, role: true } },
      },
    }),
    db.auditEvent.count({ where }),
  ]);
  return paged(rows, total, filter.page);
}
