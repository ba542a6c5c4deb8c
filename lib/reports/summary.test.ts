import { describe, expect, it } from "vitest";
import { formatRate } from "./kpi";
import { summarise, totalOf, type StatusCount } from "./summary";

const row = (key: string, status: StatusCount["status"], count: number, feeCents = 5000): StatusCount => ({
  key,
  label: key.toUpperCase(),
  status,
  count,
  feeCents,
});

describe("summarise", () => {
  const lines = summarise([
    row("gp", "COMPLETED", 6, 6 * 6000),
    row("gp", "COMPLETED", 2, 2 * 6500), // a second GP with another fee
    row("gp", "NO_SHOW", 2),
    row("gp", "CANCELLED", 3),
    row("gp", "REJECTED", 4),
    row("gp", "CONFIRMED", 1),
    row("derm", "PENDING", 1),
  ]);

  it("counts booked without declined requests, and revenue as the sum of completed visits' booked fees", () => {
    expect(lines[0]).toEqual({
      key: "gp",
      label: "GP",
      booked: 14,
      completed: 8,
      cancelled: 3,
      noShows: 2,
      noShowRate: 0.2,
      revenueCents: 6 * 6000 + 2 * 6500,
    });
  });

  it("has no no-show rate when no visit was due yet, and sorts busiest first", () => {
    expect(lines.map((l) => [l.key, l.noShowRate])).toEqual([
      ["gp", 0.2],
      ["derm", null],
    ]);
  });

  it("totals lines and recomputes the rate from the sums", () => {
    expect(totalOf(lines)).toMatchObject({
      booked: 15,
      completed: 8,
      noShows: 2,
      noShowRate: 0.2,
      revenueCents: 49_000,
    });
    expect(formatRate(totalOf(lines).noShowRate)).toBe("20%");
    expect(formatRate(null)).toBe("—");
    expect(formatRate(1 / 3)).toBe("33.3%");
  });
});

describe("reportPeriod", async () => {
  const { reportPeriod } = await import("./schemas");
  const now = new Date("2026-11-30T23:30:00Z"); // already December in Tokyo

  it("defaults to the current local month", () => {
    expect(reportPeriod({}, now, "Asia/Tokyo")).toEqual({ from: "2026-12-01", to: "2026-12-31", month: "2026-12" });
    expect(reportPeriod({ month: "2026-02" }, now, "UTC")).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
      month: "2026-02",
    });
  });

  it("prefers a date range, completes a half-open one and swaps an inverted one", () => {
    expect(reportPeriod({ month: "2026-02", from: "2026-03-05" }, now, "UTC")).toEqual({
      from: "2026-03-05",
      to: "2026-03-05",
    });
    expect(reportPeriod({ from: "2026-03-09", to: "2026-03-01" }, now, "UTC")).toEqual({
      from: "2026-03-01",
      to: "2026-03-09",
    });
  });
});
