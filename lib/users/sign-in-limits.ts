import "server-only";
import { clearRateLimits, hitRateLimit, peekRateLimit, refundRateLimit } from "@/lib/rate-limit/service";
import type { RateLimit } from "@/lib/rate-limit/window";

/**
 * Sign-in limits (docs/decisions/012). Refusals are per client: one address guessed from one client,
 * and everything one client tries. The account as a whole is only slowed down, never refused, so
 * nobody can lock its owner out by failing on purpose from elsewhere.
 */
export const SIGN_IN_LIMITS = {
  /** Attempts of one client at one address. */
  clientAccount: { limit: 10, windowSeconds: 15 * 60 },
  /** Attempts of one client at any addresses (spreading guesses over accounts). */
  client: { limit: 20, windowSeconds: 15 * 60 },
  /** Failures at one address from anywhere: counted for the slowdown, never refused. */
  account: { limit: Number.MAX_SAFE_INTEGER, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimit>;

/** Each failure at the address past `after` adds `stepMs` before the next check, up to `maxMs`. */
const SLOWDOWN = { after: 5, stepMs: 250, maxMs: 3000 } as const;

const clientKey = (ip: string | null) => ip ?? "unknown";
const buckets = (email: string, ip: string | null) => ({
  client: `signin:client:${clientKey(ip)}`,
  clientAccount: `signin:client-account:${email}|${clientKey(ip)}`,
  account: `signin:account:${email}`,
});

export type SignInGate = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt before its password is checked. The client-wide bucket is hit first and the
 * address's only when that one allows, so of any burst exactly the smaller limit gets checked.
 */
export async function admitSignInAttempt(email: string, ip: string | null, now: Date): Promise<SignInGate> {
  const keys = buckets(email, ip);
  const client = await hitRateLimit(keys.client, SIGN_IN_LIMITS.client, now);
  if (!client.allowed) return { allowed: false, retryAfterSeconds: client.retryAfterSeconds };
  const pair = await hitRateLimit(keys.clientAccount, SIGN_IN_LIMITS.clientAccount, now);
  if (!pair.allowed) return { allowed: false, retryAfterSeconds: pair.retryAfterSeconds };
  const failures = await peekRateLimit(keys.account, SIGN_IN_LIMITS.account, now);
  return { allowed: true, delayMs: Math.min(SLOWDOWN.maxMs, Math.max(0, failures - SLOWDOWN.after) * SLOWDOWN.stepMs) };
}

/** After the check: a failure counts against the address; a success gives the client its attempt back. */
export async function settleSignInAttempt(email: string, ip: string | null, ok: boolean, now: Date): Promise<void> {
  const keys = buckets(email, ip);
  if (!ok) {
    await hitRateLimit(keys.account, SIGN_IN_LIMITS.account, now);
    return;
  }
  await refundRateLimit(keys.client, SIGN_IN_LIMITS.client, now);
  await refundRateLimit(keys.clientAccount, SIGN_IN_LIMITS.clientAccount, now);
}

/** A new password makes earlier guesses moot: the address's counters start again, for every client. */
export async function clearSignInLimits(email: string): Promise<void> {
  const keys = buckets(email, null);
  await clearRateLimits([keys.account], [`signin:client-account:${email}|`]);
}
