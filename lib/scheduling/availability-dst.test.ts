// Regressions for the engine defects of issue #16, found by comparing it with an independent oracle.
// Each failed before the fix (docs/decisions/009-dst-working-time-and-visit-grid.md gives the rules).
import { describe, expect, it } from "vitest";
import { bookingWindowEnd, isSlotOffered, isWithinWorkingTime, listFreeSlots, type TimeRange } from "./availability";
import { days, H, hours, input, local, LONDON, utc } from "./availability-fixtures";

const NY = "America/New_York";
const LORD_HOWE = "Australia/Lord_Howe";
const range = (start: string, end: string): TimeRange => ({ start: new Date(start), end: new Date(end) });
const noOverlap = (slots: TimeRange[]) => slots.every((s, k) => k === 0 || s.start >= slots[k - 1]!.end);

// Sunday 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT (07:00 UTC).
const spring = input({ timeZone: NY, now: new Date("2026-03-01T00:00:00Z") });

describe("a working interval whose end falls in a spring-forward gap", () => {
  const hoursInGap = hours([7], [H(1), H(2, 30)]); // 01:00–02:30: only 01:00–02:00 EST exists, 60 minutes

  it("ends when the gap ends, so a 90-minute slot does not run past closing", () => {
    expect(listFreeSlots({ ...spring, weeklyHours: hoursInGap, slotMinutes: 90 }, days(NY, "2026-03-08"))).toEqual([]);
    expect(
      isSlotOffered(
        { ...spring, weeklyHours: hoursInGap, slotMinutes: 90 },
        range("2026-03-08T06:00:00Z", "2026-03-08T07:30:00Z"),
      ),
    ).toBe(false);
    // The 60 minutes that exist still hold one 60-minute slot, or two of 30.
    expect(utc(listFreeSlots({ ...spring, weeklyHours: hoursInGap, slotMinutes: 60 }, days(NY, "2026-03-08")))).toEqual(
      ["2026-03-08T06:00Z"],
    );
    expect(
      local(listFreeSlots({ ...spring, weeklyHours: hoursInGap, slotMinutes: 30 }, days(NY, "2026-03-08")), NY),
    ).toEqual(["01:00-05:00", "01:30-05:00"]);
  });

  it("is what isWithinWorkingTime checks, too", () => {
    const week = { timeZone: NY, weeklyHours: hoursInGap, holidays: [], leaves: [] };
    // 01:00 EST–03:30 EDT
    expect(isWithinWorkingTime(week, range("2026-03-08T06:00:00Z", "2026-03-08T07:30:00Z"))).toBe(false);
    // 01:00 EST–03:00 EDT
    expect(isWithinWorkingTime(week, range("2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z"))).toBe(true);
  });

  it("and one whose start falls in the gap opens when the gap ends", () => {
    // 02:30–04:00 opens at 03:00 EDT: 60 minutes of working time, and the engine offers 03:00 EDT.
    const week = { timeZone: NY, weeklyHours: hours([7], [H(2, 30), H(4)]), holidays: [], leaves: [] };
    expect(local(listFreeSlots({ ...spring, ...week, slotMinutes: 30 }, days(NY, "2026-03-08")), NY)).toEqual([
      "03:00-04:00",
      "03:30-04:00",
    ]);
    // 03:00–04:00 EDT
    expect(isWithinWorkingTime(week, range("2026-03-08T07:00:00Z", "2026-03-08T08:00:00Z"))).toBe(true);
    // from 01:30 EST
    expect(isWithinWorkingTime(week, range("2026-03-08T06:30:00Z", "2026-03-08T07:30:00Z"))).toBe(false);
  });
});

describe("on a spring-forward day", () => {
  it("lists no two slots that overlap in real time (45-minute grid across New York's hour gap)", () => {
    const slots = listFreeSlots(
      { ...spring, weeklyHours: hours([7], [H(0), H(5)]), slotMinutes: 45 },
      days(NY, "2026-03-08"),
    );
    expect(noOverlap(slots)).toBe(true);
    // 03:00 EDT would start 30 real minutes after 01:30 EST, inside that slot: the grid goes on at 03:45.
    expect(local(slots, NY)).toEqual(["00:00-05:00", "00:45-05:00", "01:30-05:00", "03:45-04:00"]);
  });

  it("lists no two slots that overlap across Lord Howe's half-hour gap", () => {
    // Sunday 2026-10-04: 02:00 +10:30 jumps to 02:30 +11:00. 01:30 + 60 minutes is 03:00 +11:00.
    const base = input({
      timeZone: LORD_HOWE,
      now: new Date("2026-09-01T00:00:00Z"),
      weeklyHours: hours([7], [H(1, 30), H(4, 30)]),
    });
    const slots = listFreeSlots(base, days(LORD_HOWE, "2026-10-04"));
    expect(noOverlap(slots)).toBe(true);
    expect(local(slots, LORD_HOWE)).toEqual(["01:30+10:30", "03:30+11:00"]);
  });
});

describe("the booking window (its end is also the booking check's, lib/availability/service.ts)", () => {
  it("is the start of the local day after the window, across a fall-back day (25 hours)", () => {
    // 00:05 BST on Wednesday 21 October 2026; Sunday 25 October has 25 hours.
    const now = new Date("2026-10-20T23:05:00Z");
    expect(bookingWindowEnd({ timeZone: LONDON, now, bookingWindowDays: 5 })).toEqual(new Date("2026-10-27T00:00:00Z"));
    // Later than now + 6 × 24 h (2026-10-26T23:05Z): the old rolling window cut the last day short.
    expect(bookingWindowEnd({ timeZone: LONDON, now, bookingWindowDays: 5 }).getTime()).toBeGreaterThan(
      now.getTime() + 6 * 86_400_000,
    );
  });
});
