// The app's own scheduler for deployments without one: every minute it calls the two cron routes
// over loopback with the cron secret, exactly as an external scheduler would. Started from
// instrumentation.ts in the Node.js server; the timer is unref'd so it never keeps a process alive.

export const CRON_PATHS = ["/api/cron/reminders", "/api/cron/dispatch"] as const;

export type TickerOptions = {
  origin: string;
  secret: string;
  intervalMs?: number;
  firstDelayMs?: number;
  fetchImpl?: typeof fetch;
  log?: (line: string) => void;
};

export function startCronTicker(options: TickerOptions): () => void {
  const {
    origin,
    secret,
    intervalMs = 60_000,
    firstDelayMs = 5_000,
    fetchImpl = fetch,
    log = (line) => console.warn(line),
  } = options;
  let running = false;
  let lastProblem = "";
  const tick = async () => {
    if (running) return; // a slow run is never overlapped by the next
    running = true;
    try {
      for (const path of CRON_PATHS) {
        const response = await fetchImpl(new URL(path, origin), {
          method: "POST",
          headers: { authorization: `Bearer ${secret}` },
        });
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      }
      lastProblem = "";
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      if (problem !== lastProblem) log(`[cron] ${problem}; trying again in ${Math.round(intervalMs / 1000)} s`); // once per distinct problem
      lastProblem = problem;
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, firstDelayMs);
  const every = setInterval(tick, intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
