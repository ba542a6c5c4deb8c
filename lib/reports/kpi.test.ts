import { describe, expect, it } from "vitest";
import { formatRate, kpisOf, sumKpis, type StatusTotal } from "./kpi";

const t = (status: StatusTotal["status"], count: number, feeCents = 0): StatusTotal => ({ status, count, feeCents });

describe("kpisOf", () => {
  it("counts booked without declined requests, and revenue from completed visits only", () => {
    expect(
      kpisOf([
        t("CONFIRMED", 2),
        t("PENDING", 1),
        t("CANCELLED", 3, 900),
        t("COMPLETED", 6, 36_000),
        t("NO_SHOW", 2, 1000),
        t("REJECTED", 4, 800),
      ]),
    ).toEqual({
      booked: 14,
      completed: 6,
      cancelled: 3,
      noShows: 2,
      noShowRate: 0.25,
      revenueCents: 36_000,
    });
  });

  it("has no no-show rate before any visit was due", () => {
    expect(kpisOf([t("CONFIRMED", 3)])).toMatchObject({ booked: 3, noShowRate: null, revenueCents: 0 });
    expect(kpisOf([])).toMatchObject({ booked: 0, noShowRate: null });
  });

  it("sums groups and recomputes the rate from the sums instead of averaging rates", () => {
    const a = kpisOf([t("COMPLETED", 1), t("NO_SHOW", 1)]); // 50 %
    const b = kpisOf([t("COMPLETED", 7)]); // 0 %
    expect(sumKpis([a, b]).noShowRate).toBe(1 / 9);
  });
});

describe("formatRate: one rounding rule everywhere", () => {
  it.each([
    [null, "—"],
    [0, "0%"],
    [1, "100%"],
    [1 / 8, "12.5%"], // the doctor report once showed 13 % where the admin report showed 12.5 %
    [1 / 3, "33.3%"],
    [2 / 3, "66.7%"],
    [0.0004, "0%"],
  ])("%s → %s", (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});
