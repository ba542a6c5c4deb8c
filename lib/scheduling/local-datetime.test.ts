import { describe, expect, it } from "vitest";
import { instantToLocalDateTime, localDateTimeToInstant } from "./local-datetime";

describe("local date-times", () => {
  it("reads wall time in the clinic's zone, in winter and in summer", () => {
    expect(localDateTimeToInstant("2026-12-01T09:00", "Europe/London")).toEqual(new Date("2026-12-01T09:00:00Z"));
    expect(localDateTimeToInstant("2026-07-01T09:00", "Europe/London")).toEqual(new Date("2026-07-01T08:00:00Z"));
  });

  it("moves a time in the spring-forward gap forward and takes the earlier of a repeated time", () => {
    expect(localDateTimeToInstant("2026-03-29T01:30", "Europe/London")).toEqual(new Date("2026-03-29T01:30:00Z"));
    expect(localDateTimeToInstant("2026-10-25T01:30", "Europe/London")).toEqual(new Date("2026-10-25T00:30:00Z"));
  });

  it("refuses impossible dates and round-trips", () => {
    expect(() => localDateTimeToInstant("2026-02-30T09:00", "Europe/London")).toThrow();
    expect(instantToLocalDateTime(new Date("2026-07-01T08:00:00Z"), "Europe/London")).toBe("2026-07-01T09:00");
  });
});
