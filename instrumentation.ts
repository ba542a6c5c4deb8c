import { randomBytes } from "node:crypto";
import { missingSecretMessage } from "@/lib/auth/secret";

// Also covers `next start` run directly, without scripts/with-db.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(missingSecretMessage);
    process.exit(1);
  }
  // Reminders and email delivery run out of the box: unless an external scheduler calls the cron
  // routes (EXTERNAL_CRON=1), the server calls them itself every minute. Never during a build.
  if (process.env.EXTERNAL_CRON === "1" || process.env.NEXT_PHASE === "phase-production-build") return;
  process.env.CRON_SECRET ||= randomBytes(32).toString("base64url"); // known only to this process
  const { startCronTicker } = await import("./lib/cron/ticker");
  startCronTicker({ origin: `http://127.0.0.1:${process.env.PORT || 3000}`, secret: process.env.CRON_SECRET });
}
