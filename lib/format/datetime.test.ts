import { describe, expect, it } from "vitest";
import {
  dateTimeFormat,
  formatDateTime,
  formatLocalDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTime,
  weekdayName,
  zoneAbbreviation,
} from "./datetime";

const instant = new Date("2030-03-31T09:05:00Z"); // 10:05 in London (BST), 15:05 in Dhaka

describe("formatting for a locale in the clinic's zone", () => {
  it("writes English dates in the clinic's zone", () => {
    expect(formatDateTime(instant, "Europe/London")).toBe("Sun, 31 Mar 2030, 10:05");
    expect(zoneAbbreviation(instant, "Europe/London")).toBe("BST");
  });

  it("writes Bengali with Bengali digits and month names", () => {
    expect(formatTime(instant, "Asia/Dhaka", "bn-BD")).toMatch(/^[০-৯]{1,2}:[০-৯]{2}/);
    expect(formatNumber(1234, "bn-BD")).toBe("১,২৩৪");
    expect(formatMoney(150_000, "BDT", "bn-BD")).toMatch(/১,৫০০/);
    expect(formatDateTime(instant, "Asia/Dhaka", "bn-BD")).toContain("মার্চ");
  });

  it("names calendar dates, weekdays and shares without shifting them through a zone", () => {
    expect(formatLocalDate("2030-03-31")).toBe("31 Mar 2030");
    expect(formatLocalDate("2030-03-31", "bn-BD")).toBe("৩১ মার্চ, ২০৩০");
    expect([1, 7].map((d) => weekdayName(d))).toEqual(["Monday", "Sunday"]);
    expect(weekdayName(1, "bn-BD")).toBe("সোমবার");
    expect(formatPercent(0.125)).toBe("12.5%");
    expect(formatPercent(1 / 3, "bn-BD")).toBe("৩৩.৩%");
  });

  it("builds each formatter once and reuses it", () => {
    const a = dateTimeFormat("en-GB", "UTC", { hour: "2-digit" });
    expect(dateTimeFormat("en-GB", "UTC", { hour: "2-digit" })).toBe(a);
    expect(dateTimeFormat("bn-BD", "UTC", { hour: "2-digit" })).not.toBe(a);
  });
});
