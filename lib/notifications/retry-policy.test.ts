import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from "./retry-policy";

describe("retry policy", () => {
  it("waits longer after each failure, at most an hour", () => {
    const delays = [1, 2, 3, 4, 5, 6, 12].map(retryDelayMs);
    expect(delays.slice(0, 5)).toEqual([1, 2, 4, 8, 16].map((m) => m * 60_000));
    expect(Math.max(...delays)).toBe(60 * 60_000);
  });

  it("gives up after MAX_ATTEMPTS, otherwise schedules the next try", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "PENDING", availableAt: new Date("2030-01-01T00:01:00Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, now).status).toBe("PENDING");
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "FAILED" });
  });
});
