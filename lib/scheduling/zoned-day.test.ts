import { describe, expect, it } from "vitest";
import { dayBounds, daysOfWeek, localDateOf, localDayBounds, mondayOf, shiftWeek, weekBounds } from "./zoned-day";

const hours = (i: { start: Date; end: Date }) => (i.end.getTime() - i.start.getTime()) / 3_600_000;

describe("dayBounds", () => {
  it("gives local midnight to midnight as UTC instants", () => {
    const day = dayBounds(new Date("2026-07-15T12:00:00Z"), "Europe/London");
    expect(day.start.toISOString()).toBe("2026-07-14T23:00:00.000Z");
    expect(hours(day)).toBe(24);
  });

  it("is 23 hours on the spring-forward day and 25 on the fall-back day", () => {
    expect(hours(dayBounds(new Date("2026-03-29T12:00:00Z"), "Europe/London"))).toBe(23);
    expect(hours(dayBounds(new Date("2026-10-25T12:00:00Z"), "Europe/London"))).toBe(25);
    expect(hours(dayBounds(new Date("2026-03-08T17:00:00Z"), "America/New_York"))).toBe(23);
  });

  it("uses the clinic's date, not UTC's, near midnight", () => {
    // 23:30 UTC on the 14th is already the 15th in Dhaka (UTC+6).
    const day = dayBounds(new Date("2026-07-14T23:30:00Z"), "Asia/Dhaka");
    expect(day.start.toISOString()).toBe("2026-07-14T18:00:00.000Z");
  });

  it("handles a zone whose DST starts at midnight (no 00:00 that day)", () => {
    // Santiago springs forward at midnight: 6 September 2026 begins at 01:00 local time.
    const day = dayBounds(new Date("2026-09-06T15:00:00Z"), "America/Santiago");
    expect(hours(day)).toBe(23);
    expect(day.start.toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("weekBounds", () => {
  it("runs Monday to Monday and spans the DST change", () => {
    const week = weekBounds(new Date("2026-03-26T10:00:00Z"), "Europe/London"); // a Thursday
    expect(week.start.toISOString()).toBe("2026-03-23T00:00:00.000Z");
    expect(week.end.toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(hours(week)).toBe(167);
  });
});

describe("week helpers", () => {
  it("gives the local date and Monday of an instant in the clinic's zone", () => {
    expect(localDateOf(new Date("2026-07-14T23:30:00Z"), "Asia/Dhaka")).toBe("2026-07-15");
    expect(mondayOf(new Date("2026-07-19T12:00:00Z"), "Europe/London")).toBe("2026-07-13"); // a Sunday
    expect(shiftWeek("2026-07-13", -1)).toBe("2026-07-06");
  });

  it("lists seven days whose lengths follow DST", () => {
    const days = daysOfWeek("2026-03-23", "Europe/London");
    expect(days.map((d) => d.date)).toEqual([
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
    ]);
    expect(hours(days[6]!.interval)).toBe(23);
    expect(days[6]!.interval.end.getTime()).toBe(
      weekBounds(new Date("2026-03-26T10:00:00Z"), "Europe/London").end.getTime(),
    );
  });

  it("starts a day at its first instant when local midnight does not exist", () => {
    const [day] = daysOfWeek("2018-11-04", "America/Sao_Paulo");
    expect(day!.interval.start.toISOString()).toBe("2018-11-04T03:00:00.000Z"); // 01:00 local, -02:00
  });

  it("gives a single local day as instants, 25 hours long when the clocks go back", () => {
    const day = localDayBounds("2026-10-25", "Europe/London");
    expect(day).toEqual({ start: new Date("2026-10-24T23:00:00Z"), end: new Date("2026-10-26T00:00:00Z") });
    expect(hours(day)).toBe(25);
    expect(localDayBounds("2030-02-14", "Pacific/Auckland")).toEqual({
      start: new Date("2030-02-13T11:00:00Z"),
      end: new Date("2030-02-14T11:00:00Z"),
    });
  });
});
