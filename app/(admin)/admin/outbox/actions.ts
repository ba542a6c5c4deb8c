"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { roleAction } from "@/lib/actions/action";
import { retryFailedMessage } from "@/lib/notifications/outbox-admin";
import { retryOutboxSchema } from "@/lib/notifications/outbox-schemas";

export const retryOutboxMessageAction = roleAction(["ADMIN"], retryOutboxSchema, async (input, actor) => {
  await retryFailedMessage(actor, input.messageId);
  revalidatePath("/admin/outbox");
  redirect("/admin/outbox?retried=1");
});
