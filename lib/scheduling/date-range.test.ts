import { describe, expect, it } from "vitest";
import { lastLocalDates, localDateRange, monthDates } from "./date-range";

describe("localDateRange", () => {
  it("covers whole local days in the clinic's zone, including a 25-hour day", () => {
    // London leaves summer time on 2026-10-25: that day is 25 hours long.
    expect(localDateRange("2026-10-25", "2026-10-25", "Europe/London")).toEqual({
      gte: new Date("2026-10-24T23:00:00Z"),
      lt: new Date("2026-10-26T00:00:00Z"),
    });
  });
  it("leaves an unset end open", () => {
    expect(localDateRange(undefined, "2026-01-31", "UTC")).toEqual({ lt: new Date("2026-02-01T00:00:00Z") });
    expect(localDateRange("2026-01-01", undefined, "UTC")).toEqual({ gte: new Date("2026-01-01T00:00:00Z") });
  });
});

describe("monthDates", () => {
  it("knows each month's length, leap years included", () => {
    expect(monthDates("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(monthDates("2026-11")).toEqual({ from: "2026-11-01", to: "2026-11-30" });
  });
});

describe("lastLocalDates", () => {
  it("ends with today's local date, which may differ from the UTC date", () => {
    const dates = lastLocalDates(new Date("2026-03-01T23:30:00Z"), "Asia/Tokyo", 3);
    expect(dates).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});
