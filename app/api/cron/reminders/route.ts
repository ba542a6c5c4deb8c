import { createDueReminders } from "@/lib/notifications/reminders";
import { route } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

/** Writes due reminders to the outbox; the dispatch route sends them. */
const remind = route({ access: "cron" }, async () =>
  Response.json(await createDueReminders(), { headers: { "Cache-Control": "no-store" } }),
);
export { remind as GET, remind as POST };
