import { defaultTransport } from "@/lib/notifications/default-transport";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { route } from "@/lib/routes/route";

export const dynamic = "force-dynamic";

/** Sends the outbox's due emails (Resend, or the development mailbox). */
const dispatch = route({ access: "cron" }, async () =>
  Response.json(await dispatchDueEmails({ transport: defaultTransport() }), {
    headers: { "Cache-Control": "no-store" },
  }),
);
export { dispatch as GET, dispatch as POST };
