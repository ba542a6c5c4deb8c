// How the dispatcher retries: a growing pause between attempts, then a visible failure.

/** Attempts (sends handed to the transport) before a message is marked FAILED. */
export const MAX_ATTEMPTS = 6;

/** How long a claim holds a message: a dispatcher that dies mid-send frees it after this. */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** 1, 2, 4, 8, 16 minutes after the 1st…5th failure; never more than an hour. */
export function retryDelayMs(attemptsSoFar: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attemptsSoFar - 1));
}

export type FailureOutcome = { status: "PENDING"; availableAt: Date } | { status: "FAILED" };

export function afterFailure(attemptsSoFar: number, now: Date): FailureOutcome {
  if (attemptsSoFar >= MAX_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", availableAt: new Date(now.getTime() + retryDelayMs(attemptsSoFar)) };
}
