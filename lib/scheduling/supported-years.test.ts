import { describe, expect, it } from "vitest";
import { inSupportedYears } from "./supported-years";

describe("inSupportedYears", () => {
  it("accepts dates, months and date-times from 1900 to 2199", () => {
    expect(["1900-01-01", "2026-11", "2199-12-31T23:59:00Z"].map(inSupportedYears)).toEqual([true, true, true]);
  });

  it("refuses year 0, other far years and text that is not a date", () => {
    expect(["0000-06-01T10:00:00Z", "1899-12-31", "2200-01", "+02026-01-01", "soon"].map(inSupportedYears)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
