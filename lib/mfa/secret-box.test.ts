import { afterEach, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const original = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = original;
});

describe("sealed second-factor secrets", () => {
  it("open with the same AUTH_SECRET, never show the secret, and differ on every sealing", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DP");
    expect(sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).not.toBe(sealed);
    expect(openSecret(sealed)).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
  });

  it("do not open under another AUTH_SECRET or once altered", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    const [version, iv, body, tag] = sealed.split(".") as [string, string, string, string];
    const flipped = body.startsWith("A") ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    expect(openSecret([version, iv, flipped, tag].join("."))).toBeNull();
    expect(openSecret("not-sealed")).toBeNull();
    process.env.AUTH_SECRET = "another-secret-entirely-0000000000000000";
    expect(openSecret(sealed)).toBeNull();
  });
});
