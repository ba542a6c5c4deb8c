import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { inEnglish } from "@/lib/i18n/english";
import { translateMessage } from "@/lib/i18n/message";
import bn from "@/messages/bn.json";
import { clockToMinute, doctorSearchSchema, hoursFormSchema, hoursProblemMessages, minuteToClock } from "./schemas";

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
  const base = {
    doctorId: "6f1c2b1e-8f2a-4a51-9c53-2f1f4f0b7a10",
    slotMinutes: "30",
    bufferBeforeMin: "0",
    bufferAfterMin: "10",
  };

  it("parses the intervals JSON, numbers and the decision fields", () => {
    const parsed = hoursFormSchema.parse({
      ...base,
      intervals: '[{"weekday":1,"startMinute":540,"endMinute":720}]',
      strandedChoice: "keep",
      acknowledged: "a,b",
    });
    expect(parsed).toMatchObject({
      intervals: [{ weekday: 1, startMinute: 540, endMinute: 720 }],
      slotMinutes: 30,
      bufferAfterMin: 10,
      strandedChoice: "keep",
      acknowledged: ["a", "b"],
    });
    expect(hoursFormSchema.parse({ ...base, intervals: "[]", strandedChoice: "" }).strandedChoice).toBeUndefined();
  });

  it("refuses unreadable intervals with a message, not an exception", () => {
    for (const intervals of ["{", '"x"', '[{"weekday":"Monday"}]']) {
      expect(hoursFormSchema.safeParse({ ...base, intervals }).error?.issues[0]?.path[0]).toBe("intervals");
    }
  });
});

describe("doctorSearchSchema", () => {
  it("treats the empty fields of a submitted form as no filter", () => {
    expect(
      doctorSearchSchema.parse({
        q: "Okafor",
        specialty: "",
        minFee: "",
        maxFee: "",
        minYears: "",
        within: "",
        sort: "next",
      }),
    ).toEqual({
      q: "Okafor",
      sort: "next",
      page: 1,
    });
  });

  it("keeps valid numbers, including zero, and drops malformed ones", () => {
    expect(
      doctorSearchSchema.parse({ minFee: "0", maxFee: "80", minYears: "abc", within: "7", page: "2" }),
    ).toMatchObject({ minFee: 0, maxFee: 80, minYears: undefined, within: 7, page: 2 });
  });

  it("falls back to defaults for an unknown sort or page", () => {
    expect(doctorSearchSchema.parse({ sort: "price; drop table", page: "-3" })).toMatchObject({
      sort: "next",
      page: 1,
    });
  });
});

describe("the hours' problems as messages", () => {
  it("words each problem from the catalogue with its numbers, in the reader's language", () => {
    const messages = hoursProblemMessages({
      "intervals.0.startMinute": { key: "overlaps", values: { from: "09:00", to: "12:00", weekday: 3 } },
      slotMinutes: { key: "slotLength", values: { min: 5, max: 240, step: 5 } },
    });
    expect(Object.fromEntries(Object.entries(messages).map(([field, m]) => [field, inEnglish(m)]))).toEqual({
      "intervals.0.startMinute": "Overlaps 09:00–12:00 on Wednesday.",
      slotMinutes: "Choose a slot length from 5 to 240 minutes, in steps of 5.",
    });
    const bengali = createTranslator({ locale: "bn", messages: bn as Record<string, unknown> });
    expect(translateMessage(bengali, messages.slotMinutes!)).toMatch(/^৫ থেকে ২৪০ মিনিটের/);
    expect(translateMessage(bengali, messages["intervals.0.startMinute"]!)).toMatch(/^বুধবার/);
  });
});
