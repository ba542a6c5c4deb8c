import { describe, expect, it } from "vitest";
import { roleForPath, safeCallbackPath } from "./roles";

describe("roleForPath", () => {
  it("reserves each area for its role, including nested pages", () => {
    expect(roleForPath("/patient")).toBe("PATIENT");
    expect(roleForPath("/doctor/agenda")).toBe("DOCTOR");
    expect(roleForPath("/admin/users/1")).toBe("ADMIN");
  });

  it("leaves public pages and look-alike paths public", () => {
    expect(roleForPath("/")).toBeNull();
    expect(roleForPath("/login")).toBeNull();
    expect(roleForPath("/administrator")).toBeNull();
    expect(roleForPath("/patients-guide")).toBeNull();
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/admin?tab=users")).toBe("/admin?tab=users");
  });

  it("refuses other sites and protocol-relative tricks", () => {
    for (const bad of [
      "https://evil.test/",
      "//evil.test",
      "/\\evil.test",
      "javascript:alert(1)",
      "",
      null,
      undefined,
    ]) {
      expect(safeCallbackPath(bad)).toBe("/");
    }
  });
});
