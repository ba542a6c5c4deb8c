// argon2id through @node-rs/argon2 (prebuilt binaries, no install script). Parameters are the
// library's defaults (argon2id, m=19 MiB, t=2), the OWASP baseline.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

// Verifying against a fixed hash when the user does not exist keeps the response time the same,
// so timing does not reveal which emails have accounts.
let decoy: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  decoy ??= hash("decoy-password-for-timing");
  await verifyPassword(await decoy, password);
}
