import { describe, expect, it } from "vitest";
import { offeredMinutes } from "./offered-time";

const weekdays9to5 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 }));

describe("offeredMinutes", () => {
  it("sums weekly hours over the dates, skipping days off and holidays", () => {
    // 2026-11-16 is a Monday: a full week has five 8-hour days.
    const week = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"];
    expect(offeredMinutes(weekdays9to5, week, new Set(), [], "Europe/London")).toBe(5 * 480);
    expect(offeredMinutes(weekdays9to5, week, new Set(["2026-11-18"]), [], "Europe/London")).toBe(4 * 480);
  });

  it("takes leave off, in the clinic's zone", () => {
    // Leave from 12:00 to 14:00 London time on Monday (GMT in November).
    const leave = { startsAt: new Date("2026-11-16T12:00:00Z"), endsAt: new Date("2026-11-16T14:00:00Z") };
    expect(offeredMinutes(weekdays9to5, ["2026-11-16"], new Set(), [leave], "Europe/London")).toBe(360);
  });

  it("counts wall-clock hours on a DST day as the hours they really are", () => {
    // 00:00–04:00 on 2026-03-29 in London is only three real hours (01:00 jumps to 02:00).
    const night = [{ weekday: 7, startMinute: 0, endMinute: 240 }];
    expect(offeredMinutes(night, ["2026-03-29"], new Set(), [], "Europe/London")).toBe(180);
  });
});
