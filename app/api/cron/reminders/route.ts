import { cronRoute } from "@/lib/cron/handler";
import { createDueReminders } from "@/lib/notifications/reminders";

export const dynamic = "force-dynamic";

/** Writes due reminders to the outbox; the dispatch route sends them. */
const remind = cronRoute(() => createDueReminders());
export { remind as GET, remind as POST };
