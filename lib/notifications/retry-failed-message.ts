import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { messagePolicy } from "./policy";

/** Puts a failed message back in the queue with a fresh set of attempts; the next dispatch sends it. */
export async function retryFailedMessage(actor: Actor, messageId: string, now = new Date()): Promise<void> {
  messagePolicy.assertRole(actor, "outbox.retry");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: messageId, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, availableAt: now, lockedUntil: null },
    });
    if (count !== 1) throw new DomainError("errors.notifications.noLongerFailed");
    await recordAudit(
      { actorId: actor.id, action: "outbox.retry", entityType: "outbox_message", entityId: messageId },
      tx,
    );
  });
}
