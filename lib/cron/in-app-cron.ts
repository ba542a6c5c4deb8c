// Reminders and email delivery run out of the box: unless an external scheduler calls the cron
// routes (EXTERNAL_CRON=1), the Node.js server calls them itself every minute. Never during a build.
import { randomBytes } from "node:crypto";
import { startCronTicker } from "./ticker";

export function startInAppCron(): void {
  if (process.env.EXTERNAL_CRON === "1" || process.env.NEXT_PHASE === "phase-production-build") return;
  process.env.CRON_SECRET ||= randomBytes(32).toString("base64url"); // then known only to this process
  startCronTicker({
    origin: `http://127.0.0.1:${process.env.PORT || 3000}`,
    secret: process.env.CRON_SECRET,
    intervalMs: Number(process.env.CRON_TICK_SECONDS || 60) * 1000,
  });
}
