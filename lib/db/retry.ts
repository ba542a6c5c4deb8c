import { isTransientConflict } from "./errors";

/**
 * Runs a transaction again when PostgreSQL aborted it as a deadlock victim. Two bookings racing
 * for overlapping times can deadlock on the exclusion constraints: each inserts its row, then
 * waits for the other's uncommitted one. PostgreSQL aborts one; run again, it meets the winner's
 * committed row and fails cleanly as a conflict (23P01), which callers already explain.
 */
export async function retryOnTransientConflict<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      // A short random pause so the retries of several victims do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
