import "server-only";
import { getDb } from "@/lib/db/client";
import { slidingCount, windowsAt, type RateLimit } from "./window";

export type RateDecision = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one hit on a bucket and says whether it is within the limit. One statement bumps the
 * current window's counter (INSERT … ON CONFLICT DO UPDATE takes the row lock, so parallel hits on
 * any number of app instances each get a distinct count) and reads the previous window, so exactly
 * `limit` of any burst are allowed. Refused hits count too: hammering keeps the bucket closed.
 */
export async function hitRateLimit(bucket: string, rule: RateLimit, now = new Date()): Promise<RateDecision> {
  const { current, previous } = windowsAt(now, rule.windowSeconds);
  const keepUntil = new Date(current.getTime() + 2 * rule.windowSeconds * 1000);
  const [row] = await getDb().$queryRaw<{ hits: number; previous: number }[]>`
    WITH bumped AS (
      INSERT INTO rate_limit_counters (bucket, window_start, hits, expires_at)
      VALUES (${bucket}, ${current}::timestamptz, 1, ${keepUntil}::timestamptz)
      ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
      RETURNING hits)
    SELECT bumped.hits,
           COALESCE((SELECT hits FROM rate_limit_counters
                      WHERE bucket = ${bucket} AND window_start = ${previous}::timestamptz), 0) AS previous
      FROM bumped`;
  const count = slidingCount(row!.hits, row!.previous, now, rule.windowSeconds);
  const retryAfterSeconds = Math.ceil((current.getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000);
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

/** The estimated hits of a bucket now, without counting one (e.g. to slow down, not refuse). */
export async function peekRateLimit(bucket: string, rule: RateLimit, now = new Date()): Promise<number> {
  const { current, previous } = windowsAt(now, rule.windowSeconds);
  const rows = await getDb().rateLimitCounter.findMany({
    where: { bucket, windowStart: { in: [current, previous] } },
    select: { windowStart: true, hits: true },
  });
  const hitsAt = (start: Date) => rows.find((r) => r.windowStart.getTime() === start.getTime())?.hits ?? 0;
  return slidingCount(hitsAt(current), hitsAt(previous), now, rule.windowSeconds);
}

/** Takes back one hit of the current window (an attempt that turned out legitimate). */
export async function refundRateLimit(bucket: string, rule: RateLimit, now = new Date()): Promise<void> {
  const { current } = windowsAt(now, rule.windowSeconds);
  await getDb().$executeRaw`
    UPDATE rate_limit_counters SET hits = GREATEST(hits - 1, 0)
     WHERE bucket = ${bucket} AND window_start = ${current}::timestamptz`;
}

/** Forgets the named buckets and every bucket starting with one of the prefixes. */
export async function clearRateLimits(buckets: string[], prefixes: string[] = []): Promise<void> {
  await getDb().$executeRaw`
    DELETE FROM rate_limit_counters
     WHERE bucket = ANY(${buckets}::text[])
        OR EXISTS (SELECT 1 FROM unnest(${prefixes}::text[]) AS p WHERE starts_with(bucket, p))`;
}

/** Deletes counters whose windows can no longer matter (called by the cron tick). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const { count } = await getDb().rateLimitCounter.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
