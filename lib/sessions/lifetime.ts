// How long a session lives. Pure: shared by the Auth.js configuration (no database) and the service.

/** Absolute lifetime of a session from sign-in; activity never extends it. */
export const SESSION_LIFETIME_SECONDS = 60 * 60 * 12;

/** last_seen_at is refreshed at most this often, so a busy session costs no write per request. */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

/** Why a session no longer opens anything, or null while it does. */
export function sessionEndReason(
  session: { expiresAt: Date; revokedAt: Date | null; lastSeenAt: Date },
  idleLimitMinutes: number | null,
  now: Date,
): "revoked" | "expired" | "idle" | null {
  if (session.revokedAt) return "revoked";
  if (session.expiresAt <= now) return "expired";
  if (idleLimitMinutes !== null && now.getTime() - session.lastSeenAt.getTime() > idleLimitMinutes * 60_000)
    return "idle";
  return null;
}
