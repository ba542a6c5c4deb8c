import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { getMailboxEmail } from "@/lib/notifications/outbox-admin";

/** An attachment of a delivered email (the .ics), for admins checking what patients received. */
export async function GET(_request: Request, { params }: { params: Promise<{ messageId: string; index: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (actor.role !== "ADMIN") return new Response("Forbidden", { status: 403 });
  const { messageId, index } = await params;
  if (!z.uuid().safeParse(messageId).success) return new Response("Not found", { status: 404 });
  const attachment = (await getMailboxEmail(messageId))?.email.attachments[Number(index)];
  if (!attachment) return new Response("Not found", { status: 404 });
  return new Response(attachment.content, {
    headers: { "Content-Type": attachment.contentType, "Content-Disposition": `attachment; filename="${attachment.filename}"`, "Cache-Control": "private, no-store" },
  });
}
