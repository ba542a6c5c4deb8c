import { cronRoute } from "@/lib/cron/handler";
import { defaultTransport } from "@/lib/notifications/default-transport";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";

export const dynamic = "force-dynamic";

/** Sends the outbox's due emails (Resend, or the development mailbox). */
const dispatch = cronRoute(() => dispatchDueEmails({ transport: defaultTransport() }));
export { dispatch as GET, dispatch as POST };
