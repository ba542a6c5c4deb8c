import { describe, expect, it } from "vitest";
import { clockToMinute, hoursFormSchema, minuteToClock } from "./hours-form";

describe("clock fields", () => {
  it("reads HH:MM, with midnight as the end of the day only for an end", () => {
    expect(clockToMinute("09:30")).toBe(570);
    expect(clockToMinute("00:00")).toBe(0);
    expect(clockToMinute("00:00", true)).toBe(1440);
    expect(clockToMinute("24:00", true)).toBe(1440);
  });

  it("gives NaN for anything else, which the hours validation reports next to the field", () => {
    for (const bad of ["", "9:30", "24:01", "12:60", "noon"]) expect(clockToMinute(bad)).toBeNaN();
  });

  it("writes minutes back as HH:MM", () => {
    expect([minuteToClock(0), minuteToClock(570), minuteToClock(1440)]).toEqual(["00:00", "09:30", "24:00"]);
  });
});

describe("hoursFormSchema", () => {
  const base = { doctorId: "6f1c2b1e-8f2a-4a51-9c53-2f1f4f0b7a10", slotMinutes: "30", bufferBeforeMin: "0", bufferAfterMin: "10" };

  it("parses the intervals JSON, numbers and the decision fields", () => {
    const parsed = hoursFormSchema.parse({ ...base, intervals: '[{"weekday":1,"startMinute":540,"endMinute":720}]', strandedChoice: "keep", acknowledged: "a,b" });
    expect(parsed).toMatchObject({ intervals: [{ weekday: 1, startMinute: 540, endMinute: 720 }], slotMinutes: 30, bufferAfterMin: 10, strandedChoice: "keep", acknowledged: ["a", "b"] });
    expect(hoursFormSchema.parse({ ...base, intervals: "[]", strandedChoice: "" }).strandedChoice).toBeUndefined();
  });

  it("refuses unreadable intervals with a message, not an exception", () => {
    for (const intervals of ["{", '"x"', '[{"weekday":"Monday"}]']) {
      expect(hoursFormSchema.safeParse({ ...base, intervals }).error?.issues[0]?.path[0]).toBe("intervals");
    }
  });
});
