import { describe, expect, it } from "vitest";
import { secondFactorRequired } from "./rules";

describe("secondFactorRequired", () => {
  it("always holds for doctors and admins, and for patients only when the clinic requires it", () => {
    expect(secondFactorRequired("DOCTOR", false)).toBe(true);
    expect(secondFactorRequired("ADMIN", false)).toBe(true);
    expect(secondFactorRequired("PATIENT", false)).toBe(false);
    expect(secondFactorRequired("PATIENT", true)).toBe(true);
  });
});
