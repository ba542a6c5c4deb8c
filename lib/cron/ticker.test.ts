import { afterEach, describe, expect, it, vi } from "vitest";
import { CRON_PATHS, startCronTicker } from "./ticker";

afterEach(() => vi.useRealTimers());

describe("in-app cron ticker", () => {
  it("calls reminders then dispatch with the secret, every interval, and reports a failure once", async () => {
    vi.useFakeTimers();
    const calls: [string, string | null][] = [];
    let status = 200;
    const fetchImpl = vi.fn(async (url: URL | RequestInfo, init?: RequestInit) => {
      calls.push([new URL(String(url)).pathname, new Headers(init?.headers).get("authorization")]);
      return new Response(null, { status });
    }) as unknown as typeof fetch;
    const log = vi.fn();
    const stop = startCronTicker({
      origin: "http://127.0.0.1:3999",
      secret: "abc",
      intervalMs: 60_000,
      firstDelayMs: 1000,
      fetchImpl,
      log,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(CRON_PATHS.map((p) => [p, "Bearer abc"]));
    status = 500;
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log).toHaveBeenCalledTimes(1);
    stop();
    const before = calls.length;
    await vi.advanceTimersByTimeAsync(180_000);
    expect(calls.length).toBe(before);
  });
});
