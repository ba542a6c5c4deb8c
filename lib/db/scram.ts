// The server's half of SCRAM-SHA-256 (RFC 5802 / RFC 7677), as PostgreSQL speaks it: the password
// never crosses the wire and the client checks that the server knew it too. Pure apart from crypto.
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

const ITERATIONS = 4096;

export type ScramSecret = { salt: Buffer; iterations: number; storedKey: Buffer; serverKey: Buffer };

const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();

/** What the server keeps instead of the password. */
export function scramSecret(password: string, salt = randomBytes(16), iterations = ITERATIONS): ScramSecret {
  const salted = pbkdf2Sync(password.normalize("NFKC"), salt, iterations, 32, "sha256");
  return { salt, iterations, storedKey: sha256(hmac(salted, "Client Key")), serverKey: hmac(salted, "Server Key") };
}

/** "a=1,b=2" → { a: "1", b: "2" }; values may contain "=" (base64). */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(",")) {
    const at = part.indexOf("=");
    if (at === 1) out.set(part[0]!, part.slice(2));
  }
  return out;
}

export type ScramExchange = {
  /** The server-first-message to send, or null when the client's first message is not acceptable. */
  serverFirst: string | null;
  /** Checks the client-final-message; the server-final-message ("v=…") when the proof is right. */
  finish: (clientFinal: string) => string | null;
};

/** Starts an exchange from the client-first-message ("n,,n=user,r=nonce"). */
export function startScram(secret: ScramSecret, clientFirst: string, serverNonce = randomBytes(18)): ScramExchange {
  const refused: ScramExchange = { serverFirst: null, finish: () => null };
  // GS2 header: "n" (no channel binding) or "y" (client could, thinks we cannot); "p=…" needs TLS we lack.
  const match = /^([ny]),([^,]*),(.*)$/.exec(clientFirst);
  if (!match) return refused;
  const gs2Header = `${match[1]},${match[2]},`;
  const clientFirstBare = match[3]!;
  const clientNonce = attributes(clientFirstBare).get("r");
  if (!clientNonce || !/^[\x21-\x2b\x2d-\x7e]+$/.test(clientNonce)) return refused;
  const nonce = clientNonce + serverNonce.toString("base64");
  const serverFirst = `r=${nonce},s=${secret.salt.toString("base64")},i=${secret.iterations}`;
  return {
    serverFirst,
    finish(clientFinal) {
      const proofAt = clientFinal.lastIndexOf(",p=");
      if (proofAt === -1) return null;
      const withoutProof = clientFinal.slice(0, proofAt);
      const fields = attributes(withoutProof);
      if (fields.get("c") !== Buffer.from(gs2Header).toString("base64") || fields.get("r") !== nonce) return null;
      const proof = Buffer.from(clientFinal.slice(proofAt + 3), "base64");
      if (proof.length !== 32) return null;
      const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
      const signature = hmac(secret.storedKey, authMessage);
      const clientKey = Buffer.from(proof.map((byte, i) => byte ^ signature[i]!));
      if (!timingSafeEqual(sha256(clientKey), secret.storedKey)) return null;
      return `v=${hmac(secret.serverKey, authMessage).toString("base64")}`;
    },
  };
}
