import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailPayload } from "./email-payload";

type Client = Pick<Prisma.TransactionClient, "outboxMessage">;

export type OutboxEntry = {
  to: string;
  subject: string;
  payload: EmailPayload;
  /** Unique per intended email: a repeated enqueue of the same key is ignored, never sent twice. */
  idempotencyKey: string;
  appointmentId?: string;
  availableAt?: Date;
};

/**
 * Writes emails to the outbox. Pass the transaction client of the change that causes them, so the
 * change and its emails commit (or roll back) together; the dispatcher sends them later.
 */
export async function enqueueEmails(client: Client, entries: OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await client.outboxMessage.createMany({
    data: entries.map((e) => ({
      kind: e.payload.kind,
      toEmail: e.to,
      subject: e.subject,
      payload: e.payload as unknown as Prisma.InputJsonValue,
      idempotencyKey: e.idempotencyKey,
      appointmentId: e.appointmentId ?? null,
      availableAt: e.availableAt,
    })),
    skipDuplicates: true,
  });
}
