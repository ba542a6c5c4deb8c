import { missingSecretMessage } from "@/lib/auth/secret";

// Also covers `next start` run directly, without scripts/with-db.ts.
export function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(missingSecretMessage);
    process.exit(1);
  }
}
