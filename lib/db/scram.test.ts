import { createHash, createHmac, pbkdf2Sync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scramSecret, startScram } from "./scram";

/** The client's half, written from RFC 5802 independently of the server code. */
function clientFinal(password: string, clientFirstBare: string, serverFirst: string, gs2 = "n,,") {
  const fields = Object.fromEntries(serverFirst.split(",").map((p) => [p[0], p.slice(2)]));
  const salted = pbkdf2Sync(password, Buffer.from(fields.s!, "base64"), Number(fields.i), 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const withoutProof = `c=${Buffer.from(gs2).toString("base64")},r=${fields.r}`;
  const signature = createHmac("sha256", storedKey)
    .update(`${clientFirstBare},${serverFirst},${withoutProof}`)
    .digest();
  const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i]!));
  return `${withoutProof},p=${proof.toString("base64")}`;
}

describe("SCRAM-SHA-256 server", () => {
  const secret = scramSecret("correct horse");
  const bare = "n=*,r=clientnonce123";

  it("accepts the right password and proves it knew it", () => {
    const exchange = startScram(secret, `n,,${bare}`);
    const final = exchange.finish(clientFinal("correct horse", bare, exchange.serverFirst!));
    expect(final).toMatch(/^v=[A-Za-z0-9+/]+=*$/);
  });

  it("refuses a wrong password, a changed nonce, and a channel binding it cannot offer", () => {
    const exchange = startScram(secret, `n,,${bare}`);
    expect(exchange.finish(clientFinal("wrong", bare, exchange.serverFirst!))).toBeNull();
    const tampered = clientFinal("correct horse", bare, exchange.serverFirst!).replace("r=client", "r=other");
    expect(exchange.finish(tampered)).toBeNull();
    expect(exchange.finish("c=biws,r=x")).toBeNull();
    expect(startScram(secret, `p=tls-server-end-point,,${bare}`).serverFirst).toBeNull();
    expect(startScram(secret, "garbage").serverFirst).toBeNull();
  });
});
