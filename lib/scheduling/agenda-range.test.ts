import { describe, expect, it } from "vitest";
import { agendaRange, monthRange, parseLocalDate, parseMonth } from "./agenda-range";

describe("agendaRange", () => {
  it("gives one local day with its neighbours", () => {
    const r = agendaRange("day", "2026-11-25", "Europe/London");
    expect(r.days.map((d) => d.date)).toEqual(["2026-11-25"]);
    expect(r.interval).toEqual({ start: new Date("2026-11-25T00:00:00Z"), end: new Date("2026-11-26T00:00:00Z") });
    expect([r.previous, r.next]).toEqual(["2026-11-24", "2026-11-26"]);
  });

  it("gives the Monday-to-Sunday week of any date in it", () => {
    const r = agendaRange("week", "2026-11-26", "Europe/London");
    expect(r.days.map((d) => d.date)).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
    expect([r.date, r.previous, r.next]).toEqual(["2026-11-23", "2026-11-16", "2026-11-30"]);
  });

  it("keeps DST days at their real length (23 h in spring, 25 h in autumn)", () => {
    const spring = agendaRange("day", "2026-03-29", "Europe/London").interval;
    const autumn = agendaRange("day", "2026-10-25", "Europe/London").interval;
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(23);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(25);
  });
});

describe("parseLocalDate", () => {
  it("accepts real dates only", () => {
    expect(parseLocalDate("2026-02-28", "x")).toBe("2026-02-28");
    expect(parseLocalDate("2026-02-30", "x")).toBe("x");
    expect(parseLocalDate("tomorrow", "x")).toBe("x");
    expect(parseLocalDate(undefined, "x")).toBe("x");
  });

  it("falls back for years the database cannot store or nobody means", () => {
    expect(parseLocalDate("0000-01-01", "x")).toBe("x");
    expect(parseLocalDate("9999-12-31", "x")).toBe("x");
  });
});

describe("monthRange", () => {
  it("spans local midnight to local midnight across a DST change", () => {
    const r = monthRange("2026-10", "Europe/London");
    expect(r.interval).toEqual({ start: new Date("2026-09-30T23:00:00Z"), end: new Date("2026-11-01T00:00:00Z") });
    expect([r.previous, r.next]).toEqual(["2026-09", "2026-11"]);
    expect(monthRange("2026-12", "UTC").next).toBe("2027-01");
  });

  it("accepts only real months", () => {
    expect(parseMonth("2026-13", "x")).toBe("x");
    expect(parseMonth("2026-02", "x")).toBe("2026-02");
    expect(parseMonth("0000-01", "x")).toBe("x");
  });
});
