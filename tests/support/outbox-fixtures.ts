// Bulk outbox rows for dispatcher tests: password emails, which need no appointment behind them.
import type { Db } from "@/lib/db/create-client";

export async function addDueMessages(
  db: Db,
  count: number,
  options: { prefix: string; availableAt: Date; to?: (i: number) => string },
) {
  const rows = Array.from({ length: count }, (_, i) => ({
    kind: "account.password-reset",
    toEmail: options.to?.(i) ?? `person-${i}@example.test`,
    subject: "Reset your password",
    payload: {
      kind: "account.password-reset",
      name: `Person ${i}`,
      link: `http://localhost/reset-password/t${i}`,
      expiresAt: options.availableAt.toISOString(),
    },
    idempotencyKey: `${options.prefix}:${i}`,
    availableAt: options.availableAt,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.outboxMessage.createMany({ data: rows.slice(i, i + 500) });
  return rows.map((r) => r.idempotencyKey);
}

export async function statusCounts(db: Db, prefix: string) {
  const groups = await db.outboxMessage.groupBy({
    by: ["status"],
    where: { idempotencyKey: { startsWith: `${prefix}:` } },
    _count: true,
  });
  return Object.fromEntries(groups.map((g) => [g.status, g._count]));
}
