import { z } from "@/lib/i18n/zod";
import { NotFound } from "@/lib/errors/domain-error";
import { messagePolicy } from "@/lib/notifications/policy";
import { getMailboxEmail } from "@/lib/notifications/queries";
import { route } from "@/lib/routes/route";

const params = z.object({ messageId: z.uuid(), index: z.coerce.number().int().min(0).max(20) });

/** An attachment of a delivered email (the .ics), for admins checking what patients received. */
export const GET = route({ access: { policy: messagePolicy, name: "mailbox.view" }, params }, async ({ params }) => {
  const attachment = (await getMailboxEmail(params.messageId))?.email.attachments[params.index];
  if (!attachment) throw new NotFound();
  return new Response(attachment.content, {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${attachment.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
