// The dispatcher under concurrency, outages and crashes: no message lost, none sent twice
// (a resend after a crash carries the same idempotency key, which the provider deduplicates).
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { claimDueMessages, dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { CLAIM_LEASE_MS, MAX_ATTEMPTS } from "@/lib/notifications/retry-policy";
import { provideMigratedDatabase } from "../support/test-database";
import { countingTransport } from "../support/counting-transport";
import { addDueMessages, statusCounts } from "../support/outbox-fixtures";

const database = provideMigratedDatabase();
const t0 = new Date("2030-03-01T09:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("outbox dispatcher", () => {
  it("three dispatchers at once over 1,000 due messages hand each to the transport exactly once", async () => {
    const keys = await addDueMessages(database.db, 1000, { prefix: "bulk", availableAt: t0 });
    const transport = countingTransport();
    // Three separate clients (own connection pools), as three server processes would have.
    const clients = [0, 1, 2].map(() => createPrismaClient(database.url, 4));
    try {
      const summaries = await Promise.all(
        clients.map((db) => dispatchDueEmails({ db, transport, now: () => minutes(1), batchSize: 25 })),
      );
      const counts = transport.countsByKey();
      expect(counts.size).toBe(1000);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect(new Set(keys)).toEqual(new Set(counts.keys()));
      expect(summaries.reduce((sum, s) => sum + s.sent, 0)).toBe(1000);
      expect(summaries.every((s) => s.sent > 0)).toBe(true); // all three really worked in parallel
      expect(await statusCounts(database.db, "bulk")).toEqual({ SENT: 1000 });
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  });

  it("after an outage every message is delivered; one that always fails is marked FAILED with its error", async () => {
    await addDueMessages(database.db, 60, { prefix: "outage", availableAt: t0 });
    await addDueMessages(database.db, 2, { prefix: "poison", availableAt: t0, to: (i) => `bounce-${i}@invalid.test` });
    let outage = true;
    const transport = countingTransport((email) => {
      if (email.to.endsWith("@invalid.test")) return "550 mailbox does not exist";
      return outage ? "503 provider unavailable" : null;
    });
    // Runs every few minutes of simulated time; the provider comes back after 20 minutes.
    for (let minute = 0; minute <= 180; minute += 3) {
      outage = minute < 20;
      await dispatchDueEmails({ db: database.db, transport, now: () => minutes(minute) });
    }
    expect(await statusCounts(database.db, "outage")).toEqual({ SENT: 60 });
    const delivered = [...transport.countsByKey()].filter(([key]) => key.startsWith("outage:"));
    expect(delivered).toHaveLength(60);
    expect(delivered.every(([, n]) => n === 1)).toBe(true);
    const failed = await database.db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: "poison:" } } });
    expect(failed.map((m) => [m.status, m.attempts, m.lastError])).toEqual([
      ["FAILED", MAX_ATTEMPTS, "550 mailbox does not exist"],
      ["FAILED", MAX_ATTEMPTS, "550 mailbox does not exist"],
    ]);
    const retried = await database.db.outboxMessage.findFirstOrThrow({ where: { idempotencyKey: "outage:0" } });
    expect(retried.attempts).toBeGreaterThan(1); // it did fail first, then went through
    expect(retried.lastError).toBeNull();
  });

  it("a dispatcher dying between claim and mark: the message goes out again later, same key, none lost", async () => {
    const keys = await addDueMessages(database.db, 10, { prefix: "crash", availableAt: t0 });
    const transport = countingTransport();
    // The doomed process claims and even hands the messages over, then stops before marking them.
    const claimed = await claimDueMessages(database.db, minutes(1), 100);
    const ours = claimed.filter((m) => m.idempotencyKey.startsWith("crash:"));
    expect(ours).toHaveLength(10);
    for (const m of ours)
      await transport.send({
        to: m.toEmail,
        subject: m.subject,
        html: "",
        text: "",
        attachments: [],
        idempotencyKey: m.idempotencyKey,
      });
    expect(await statusCounts(database.db, "crash")).toEqual({ PENDING: 10 });

    // While the claim's lease runs, nobody else takes them.
    await dispatchDueEmails({ db: database.db, transport, now: () => minutes(2) });
    expect(await statusCounts(database.db, "crash")).toEqual({ PENDING: 10 });

    // After it, the next run sends them again with the same idempotency keys and marks them.
    await dispatchDueEmails({
      db: database.db,
      transport,
      now: () => new Date(minutes(1).getTime() + CLAIM_LEASE_MS + 1000),
    });
    expect(await statusCounts(database.db, "crash")).toEqual({ SENT: 10 });
    const counts = transport.countsByKey();
    expect(keys.map((k) => counts.get(k))).toEqual(keys.map(() => 2));
  });
});
