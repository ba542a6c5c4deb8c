import { describe, expect, it } from "vitest";
import { validateHoursSettings, type HoursSettings } from "./weekly-hours";

const base: HoursSettings = { intervals: [], slotMinutes: 30, bufferBeforeMin: 0, bufferAfterMin: 0 };
const day = (weekday: number, start: string, end: string) => {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return { weekday, startMinute: m(start), endMinute: m(end) };
};
const errorsOf = (settings: Partial<HoursSettings>) => {
  const result = validateHoursSettings({ ...base, ...settings });
  return result.ok ? {} : result.errors;
};

describe("validateHoursSettings", () => {
  it("accepts a day with a lunch break and returns the periods sorted", () => {
    const result = validateHoursSettings({
      ...base,
      intervals: [day(2, "09:00", "12:00"), day(1, "13:00", "17:00"), day(1, "09:00", "12:00")],
    });
    expect(result).toEqual({
      ok: true,
      value: { ...base, intervals: [day(1, "09:00", "12:00"), day(1, "13:00", "17:00"), day(2, "09:00", "12:00")] },
    });
  });

  it("accepts touching periods and a period ending at midnight", () => {
    expect(
      errorsOf({
        intervals: [
          day(1, "09:00", "12:00"),
          day(1, "12:00", "13:00"),
          { weekday: 1, startMinute: 1380, endMinute: 1440 },
        ],
      }),
    ).toEqual({});
  });

  it("accepts no hours at all (a doctor away for a while)", () => {
    expect(validateHoursSettings(base).ok).toBe(true);
  });

  it("puts 'end after start' on the end field", () => {
    expect(errorsOf({ intervals: [day(1, "12:00", "09:00")] })).toEqual({
      "intervals.0.endMinute": { key: "endAfterStart" },
    });
    expect(errorsOf({ intervals: [day(1, "09:00", "09:00")] })).toHaveProperty("intervals.0.endMinute");
  });

  it("names the period an overlapping one collides with, whatever the input order", () => {
    expect(errorsOf({ intervals: [day(3, "11:00", "14:00"), day(3, "09:00", "12:00")] })).toEqual({
      "intervals.0.startMinute": { key: "overlaps", values: { from: "09:00", to: "12:00", weekday: 3 } },
    });
    expect(errorsOf({ intervals: [day(3, "09:00", "12:00"), day(4, "10:00", "11:00")] })).toEqual({});
  });

  it("refuses a period shorter than one appointment", () => {
    expect(errorsOf({ slotMinutes: 45, intervals: [day(5, "09:00", "09:30")] })).toEqual({
      "intervals.0.endMinute": { key: "shorterThanSlot", values: { minutes: 45 } },
    });
  });

  it.each<[string, Partial<HoursSettings>, string]>([
    ["slot 0", { slotMinutes: 0 }, "slotMinutes"],
    ["slot 7", { slotMinutes: 7 }, "slotMinutes"],
    ["slot 300", { slotMinutes: 300 }, "slotMinutes"],
    ["buffer −5", { bufferBeforeMin: -5 }, "bufferBeforeMin"],
    ["buffer 121", { bufferAfterMin: 121 }, "bufferAfterMin"],
    ["weekday 0", { intervals: [day(0, "09:00", "10:00")] }, "intervals.0.weekday"],
    ["weekday 8", { intervals: [day(8, "09:00", "10:00")] }, "intervals.0.weekday"],
    ["start at 24:00", { intervals: [{ weekday: 1, startMinute: 1440, endMinute: 1440 }] }, "intervals.0.startMinute"],
    ["end past midnight", { intervals: [{ weekday: 1, startMinute: 600, endMinute: 1441 }] }, "intervals.0.endMinute"],
    [
      "fractional minutes",
      { intervals: [{ weekday: 1, startMinute: 600.5, endMinute: 700 }] },
      "intervals.0.startMinute",
    ],
  ])("refuses %s", (_, settings, key) => {
    expect(Object.keys(errorsOf(settings))).toContain(key);
  });

  it("refuses more than six periods on one day", () => {
    const intervals = Array.from({ length: 7 }, (_, k) => ({
      weekday: 6,
      startMinute: 480 + k * 60,
      endMinute: 480 + k * 60 + 30,
    }));
    expect(errorsOf({ intervals })).toHaveProperty("weekday.6");
  });
});
