import { describe, expect, it } from "vitest";
import { deriveLinkKey, signActionToken, verifyActionToken } from "./action-token";

const key = deriveLinkKey("unit-test-secret");
const claims = {
  appointmentId: "6f1c2f7e-8d7a-4a8e-9a53-1b2c3d4e5f60",
  action: "cancel" as const,
  sequence: 3,
  expiresAt: new Date("2030-05-01T09:00:00Z"),
};
const before = new Date("2030-04-30T09:00:00Z");

describe("signed appointment links", () => {
  it("round-trips the claims before the appointment starts", () => {
    expect(verifyActionToken(signActionToken(claims, key), key, before)).toEqual({ ok: true, claims });
  });

  it("expires at the appointment's start", () => {
    const token = signActionToken(claims, key);
    expect(verifyActionToken(token, key, new Date(claims.expiresAt.getTime() - 1)).ok).toBe(true);
    expect(verifyActionToken(token, key, claims.expiresAt)).toEqual({ ok: false, problem: "expired" });
  });

  it("refuses a changed body, another key, and garbage", () => {
    const token = signActionToken(claims, key);
    const [, mac] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify([claims.appointmentId, "reschedule", 3, claims.expiresAt.getTime()])).toString("base64url")}.${mac}`;
    expect(verifyActionToken(forged, key, before)).toEqual({ ok: false, problem: "invalid" });
    expect(verifyActionToken(token, deriveLinkKey("another-secret"), before)).toEqual({
      ok: false,
      problem: "invalid",
    });
    for (const junk of ["", "abc", "a.b.c", `${token}x`, "..", token.split(".")[0]!])
      expect(verifyActionToken(junk, key, before).ok).toBe(false);
  });

  it("a token for one version of the appointment differs from the next version's", () => {
    expect(signActionToken(claims, key)).not.toBe(signActionToken({ ...claims, sequence: 4 }, key));
  });
});
