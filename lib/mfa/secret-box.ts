// TOTP secrets at rest: AES-256-GCM under a key derived from AUTH_SECRET (HKDF, its own label), so a
// copy of the users table alone cannot mint codes. Rotating AUTH_SECRET makes stored secrets
// unreadable: everyone enrols again (docs/decisions/012-mfa.md).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: second-factor secrets cannot be encrypted.");
  return Buffer.from(hkdfSync("sha256", secret, "clinic-mfa", "totp-secret v1", 32));
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The secret, or null when it was sealed under another AUTH_SECRET or altered. */
export function openSecret(stored: string): string | null {
  const [version, iv, sealed, tag] = stored.split(".");
  if (version !== VERSION || !iv || !sealed || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
