import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "198.51.100.2" });

describe("clientIp", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });

  it("ignores X-Forwarded-For the client may have forged when no proxy is configured", () => {
    expect(clientIp(headers)).toBeNull();
    process.env.TRUST_PROXY = "0";
    expect(clientIp(headers)).toBeNull();
  });

  it("takes the first forwarded address behind a trusted proxy", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientIp(headers)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBeNull();
  });
});
