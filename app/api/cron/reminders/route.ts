import { createDueReminders } from "@/lib/notifications/reminders";
import { pruneRateLimits } from "@/lib/rate-limit/service";
import { route } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

/** Writes due reminders to the outbox (the dispatch route sends them); forgets spent rate-limit counters. */
const remind = route({ access: "cron" }, async () => {
  const [reminders, rateLimitCountersPruned] = await Promise.all([createDueReminders(), pruneRateLimits()]);
  return Response.json({ ...reminders, rateLimitCountersPruned }, { headers: { "Cache-Control": "no-store" } });
});
export { remind as GET, remind as POST };
