import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { msg } from "@/lib/i18n/message";
import { hitRateLimit } from "@/lib/rate-limit/service";
import type { RateLimit } from "@/lib/rate-limit/window";

/**
 * Limits on the anonymous account forms. They count any address typed, known or not, so a refusal
 * says nothing about which addresses have accounts.
 */
export const REQUEST_LIMITS = {
  /** Reset emails one address can be sent: a mailbox cannot be flooded. */
  resetPerAddress: { limit: 5, windowSeconds: 60 * 60 },
  /** Reset requests one client can make, at any addresses. */
  resetPerClient: { limit: 20, windowSeconds: 60 * 60 },
  /** New accounts one client can open (a family at one computer fits; a script does not). */
  registerPerClient: { limit: 30, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

const clientKey = (ip: string | null) => ip ?? "unknown";
const refusal = (key: string, rule: RateLimit) => new DomainError(msg(key, { minutes: rule.windowSeconds / 60 }));

/** Counts a reset request; throws the form's message when the client or the address has had enough. */
export async function admitPasswordResetRequest(email: string, ip: string | null, now = new Date()): Promise<void> {
  const client = await hitRateLimit(`reset:client:${clientKey(ip)}`, REQUEST_LIMITS.resetPerClient, now);
  if (!client.allowed) throw refusal("errors.users.resetThrottled", REQUEST_LIMITS.resetPerClient);
  const address = await hitRateLimit(`reset:address:${email}`, REQUEST_LIMITS.resetPerAddress, now);
  if (!address.allowed) throw refusal("errors.users.resetThrottled", REQUEST_LIMITS.resetPerAddress);
}

/** Counts a registration; throws the form's message when this client has opened too many accounts. */
export async function admitRegistration(ip: string | null, now = new Date()): Promise<void> {
  const client = await hitRateLimit(`register:client:${clientKey(ip)}`, REQUEST_LIMITS.registerPerClient, now);
  if (!client.allowed) throw refusal("errors.users.registerThrottled", REQUEST_LIMITS.registerPerClient);
}
