import { describe, expect, it } from "vitest";
import { ageOn } from "./age";

describe("ageOn", () => {
  it("counts whole years, turning on the birthday itself", () => {
    expect(ageOn("1988-04-12", "2026-04-11")).toBe(37);
    expect(ageOn("1988-04-12", "2026-04-12")).toBe(38);
    expect(ageOn("2011-06-21", "2026-11-23")).toBe(15);
  });

  it("treats a 29 February birthday as passed on 1 March", () => {
    expect(ageOn("2000-02-29", "2027-02-28")).toBe(26);
    expect(ageOn("2000-02-29", "2027-03-01")).toBe(27);
  });
});
