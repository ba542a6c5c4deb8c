// The second factor's arithmetic: RFC 6238 codes (otplib) and single-use recovery codes. No database.
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";

/** 30-second steps, six digits, SHA-1: what every authenticator app reads from the QR code. */
const PERIOD_SECONDS = 30;
/** One step either side of now, for a phone clock a little off and a code typed at the boundary. */
const TOLERANCE_SECONDS = PERIOD_SECONDS;

export const RECOVERY_CODE_COUNT = 10;

export const newTotpSecret = (): string => generateSecret();

export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret });
}

export const looksLikeTotp = (code: string) => /^\d{6}$/.test(code);

/**
 * The time step a code belongs to, or null when it is wrong or not later than `afterTimeStep`
 * (the last step accepted), so one code cannot be used twice within its window.
 */
export function matchTotp(secret: string, code: string, afterTimeStep: number | null, now: Date): number | null {
  if (!looksLikeTotp(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// 10 characters of the base32 alphabet (no 0 or 1 to mistake for o or l) = 50 bits: a plain SHA-256
// is enough to store them, as nobody can enumerate 2^50 candidates against a single-use code.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** Ten fresh codes as shown to the person (xxxxx-xxxxx), once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form of a recovery code, as typed in any case, with or without spaces and hyphen. */
export function hashRecoveryCode(code: string): string {
  const normalized = code.toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(normalized).digest("hex");
}
