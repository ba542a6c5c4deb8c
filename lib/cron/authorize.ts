// Cron routes accept only `Authorization: Bearer <CRON_SECRET>` (what Vercel Cron sends).
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant-time comparison of the header against the secret; no secret configured → nobody is let in. */
export function isCronAuthorized(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || !authorization) return false;
  return timingSafeEqual(digest(authorization), digest(`Bearer ${secret}`));
}
