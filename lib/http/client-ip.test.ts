import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (entries: Record<string, string>) => new Headers(entries);

afterEach(() => {
  delete process.env.TRUST_PROXY;
});

describe("clientIp", () => {
  it("ignores a client's own X-Forwarded-For without TRUST_PROXY and uses the connection's address", () => {
    const request = headers({ "x-forwarded-for": "10.9.8.7", "x-clinic-peer-address": "::ffff:192.0.2.5" });
    expect(clientIp(request)).toBe("192.0.2.5");
    expect(clientIp(headers({ "x-forwarded-for": "10.9.8.7" }))).toBeNull();
  });

  it("behind trusted proxies takes the entry the outermost proxy wrote, not the client's claims", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.3" }))).toBe("198.51.100.3");
    process.env.TRUST_PROXY = "2";
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.3, 10.0.0.2" }))).toBe("198.51.100.3");
    process.env.TRUST_PROXY = "true";
    expect(clientIp(headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });

  it("refuses anything that is not an address", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientIp(headers({ "x-forwarded-for": "<script>" }))).toBeNull();
    expect(clientIp(headers({ "x-forwarded-for": "1".repeat(80) }))).toBeNull();
    expect(clientIp(headers({}))).toBeNull();
  });
});
