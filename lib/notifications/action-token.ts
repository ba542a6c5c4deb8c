// Signed "cancel / choose another time" links for emails, usable without signing in.
// The token names the appointment, the action, the appointment's sequence when the email was
// written and an expiry (the appointment's start), and carries an HMAC over all four. Every change
// to an appointment bumps its sequence, so once a link has been used (or the appointment changed
// in any other way) its sequence no longer matches and the link stops working; no table is needed.
import { createHmac, timingSafeEqual } from "node:crypto";

export type LinkAction = "cancel" | "reschedule";
export type ActionClaims = { appointmentId: string; action: LinkAction; sequence: number; expiresAt: Date };

const b64 = (data: string | Buffer) => Buffer.from(data).toString("base64url");

/** A key for this purpose only, derived from the app secret, so a token cannot pass as anything else. */
export function deriveLinkKey(appSecret: string): Buffer {
  return createHmac("sha256", appSecret).update("clinic:appointment-action-links:v1").digest();
}

function signature(body: string, key: Buffer): Buffer {
  return createHmac("sha256", key).update(body).digest();
}

export function signActionToken(claims: ActionClaims, key: Buffer): string {
  const body = b64(JSON.stringify([claims.appointmentId, claims.action, claims.sequence, claims.expiresAt.getTime()]));
  return `${body}.${b64(signature(body, key))}`;
}

export type TokenCheck = { ok: true; claims: ActionClaims } | { ok: false; problem: "invalid" | "expired" };

/** Checks signature and expiry; whether the sequence is still current is the caller's database question. */
export function verifyActionToken(token: string, key: Buffer, now: Date): TokenCheck {
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined) return { ok: false, problem: "invalid" };
  const expected = signature(body, key);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: "invalid" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return { ok: false, problem: "invalid" };
  const [appointmentId, action, sequence, expiresMs] = parsed as [unknown, unknown, unknown, unknown];
  if (
    typeof appointmentId !== "string" ||
    (action !== "cancel" && action !== "reschedule") ||
    !Number.isInteger(sequence) ||
    typeof expiresMs !== "number"
  ) {
    return { ok: false, problem: "invalid" };
  }
  if (now.getTime() >= expiresMs) return { ok: false, problem: "expired" };
  return { ok: true, claims: { appointmentId, action, sequence: sequence as number, expiresAt: new Date(expiresMs) } };
}
