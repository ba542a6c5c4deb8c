// The client's address for the audit trail. X-Forwarded-For is whatever the client sends unless a
// proxy we run in front overwrites it, so it is believed only when TRUST_PROXY says there is one.

/** The nearest client address a trusted proxy reported, or null when there is no trusted proxy. */
export function clientIp(headers: Headers): string | null {
  if (!/^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? "")) return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
