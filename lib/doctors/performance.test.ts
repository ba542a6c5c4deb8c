import { describe, expect, it } from "vitest";
import { summarisePerformance } from "./performance";

describe("summarisePerformance", () => {
  it("counts a month and leaves declined requests out of the bookings", () => {
    expect(summarisePerformance({ CONFIRMED: 2, PENDING: 1, CANCELLED: 3, COMPLETED: 6, NO_SHOW: 2, REJECTED: 4 }, 36000)).toEqual({
      booked: 14,
      completed: 6,
      cancelled: 3,
      noShows: 2,
      noShowRate: 0.25,
      revenueCents: 36000,
    });
  });

  it("has no no-show rate before any visit was due", () => {
    expect(summarisePerformance({ CONFIRMED: 3 }, 0)).toMatchObject({ booked: 3, noShowRate: null, revenueCents: 0 });
  });
});
