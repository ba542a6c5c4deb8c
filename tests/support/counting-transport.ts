// The external boundary in tests: counts every message handed to it, by idempotency key.
import type { EmailTransport, OutgoingEmail } from "@/lib/notifications/transport";

export type CountingTransport = EmailTransport & {
  deliveries: OutgoingEmail[];
  countsByKey: () => Map<string, number>;
  failWhen?: (email: OutgoingEmail) => string | null;
};

/** `failWhen` returns an error message to refuse a message (an outage, a bad address), or null to accept it. */
export function countingTransport(failWhen?: (email: OutgoingEmail) => string | null): CountingTransport {
  const deliveries: OutgoingEmail[] = [];
  return {
    name: "counting",
    deliveries,
    async send(email) {
      await new Promise((resolve) => setImmediate(resolve)); // let concurrent dispatchers interleave
      const problem = failWhen?.(email);
      if (problem) throw new Error(problem);
      deliveries.push(email);
    },
    countsByKey() {
      const counts = new Map<string, number>();
      for (const d of deliveries) counts.set(d.idempotencyKey, (counts.get(d.idempotencyKey) ?? 0) + 1);
      return counts;
    },
  };
}
