import { missingSecretMessage } from "@/lib/auth/secret";

// Also covers `next start` run directly, without scripts/with-db.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(missingSecretMessage);
    process.exit(1);
  }
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddress } = await import("@/lib/http/client-ip");
    stampPeerAddress();
    const { startInAppCron } = await import("@/lib/cron/in-app-cron");
    startInAppCron();
  }
}
