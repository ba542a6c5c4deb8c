import { describe, expect, it } from "vitest";
import { sessionEndReason } from "./lifetime";

const at = (iso: string) => new Date(`2031-03-01T${iso}Z`);
const session = { expiresAt: at("20:00:00"), revokedAt: null, lastSeenAt: at("09:00:00") };

describe("sessionEndReason", () => {
  it("keeps a live session, with or without an idle limit", () => {
    expect(sessionEndReason(session, null, at("19:59:59"))).toBeNull();
    expect(sessionEndReason(session, 30, at("09:30:00"))).toBeNull();
  });

  it("ends a revoked, an expired and (with a limit) an idle session, revoked first", () => {
    expect(sessionEndReason({ ...session, revokedAt: at("09:01:00") }, null, at("09:02:00"))).toBe("revoked");
    expect(sessionEndReason(session, null, at("20:00:00"))).toBe("expired");
    expect(sessionEndReason(session, 30, at("09:30:01"))).toBe("idle");
    expect(sessionEndReason(session, null, at("15:00:00"))).toBeNull(); // patients: no idle limit
  });
});
