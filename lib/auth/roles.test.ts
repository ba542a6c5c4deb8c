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

  it("reads the target as a browser would, so tab, newline and backslash tricks fall back to the role home", () => {
    for (const bad of [
      "/\t/evil.test/phish", // what %2F%09%2Fevil.test%2Fphish decodes to; Chromium drops the tab
      "/\n/evil.test",
      "/\r\n/evil.test",
      "/.//evil.test",
      "/a/..//evil.test",
      "/./\\evil.test",
      "\\evil.test",
      "/\\/evil.test",
      "https:evil.test",
      "http://clinic.invalid@evil.test/",
      ["/patient", "/doctor"], // a repeated callbackUrl
      42,
    ]) {
      expect(safeCallbackPath(bad, "/admin")).toBe("/admin");
    }
  });

  it("never hands a control character on to the Location header", () => {
    expect(safeCallbackPath("/patient\nSet-Cookie: x=1")).toBe("/patientSet-Cookie:%20x=1");
    expect(safeCallbackPath("/patient?q=a\rb#top")).toBe("/patient?q=ab#top");
  });
});
