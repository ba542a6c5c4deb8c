import { describe, expect, it } from "vitest";
import { isCronAuthorized } from "./authorize";

describe("cron authorization", () => {
  it("accepts exactly the bearer secret", () => {
    expect(isCronAuthorized("Bearer s3cret-value", "s3cret-value")).toBe(true);
    expect(isCronAuthorized("Bearer wrong", "s3cret-value")).toBe(false);
    expect(isCronAuthorized("s3cret-value", "s3cret-value")).toBe(false);
    expect(isCronAuthorized(null, "s3cret-value")).toBe(false);
  });

  it("lets nobody in when no secret is configured", () => {
    expect(isCronAuthorized("Bearer ", undefined)).toBe(false);
    expect(isCronAuthorized("Bearer ", "")).toBe(false);
  });
});
