import { describe, expect, it } from "vitest";
import { slidingCount, windowsAt } from "./window";

describe("sliding window", () => {
  it("aligns windows to their size", () => {
    const { current, previous } = windowsAt(new Date("2031-01-01T10:07:30Z"), 15 * 60);
    expect(current.toISOString()).toBe("2031-01-01T10:00:00.000Z");
    expect(previous.toISOString()).toBe("2031-01-01T09:45:00.000Z");
  });

  it("counts the previous window by the share that still overlaps the last full window", () => {
    expect(slidingCount(2, 10, new Date("2031-01-01T10:00:00Z"), 60)).toBe(12);
    expect(slidingCount(2, 10, new Date("2031-01-01T10:00:30Z"), 60)).toBe(7);
    expect(slidingCount(2, 10, new Date("2031-01-01T10:00:59Z"), 60)).toBe(2);
  });
});
