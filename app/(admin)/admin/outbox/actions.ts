"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { policyAction } from "@/lib/actions/action";
import { messagePolicy } from "@/lib/notifications/policy";
import { retryFailedMessage } from "@/lib/notifications/retry-failed-message";
import { retryOutboxSchema } from "@/lib/notifications/schemas";

export const retryOutboxMessageAction = policyAction(
  messagePolicy,
  "outbox.retry",
  retryOutboxSchema,
  async (input, actor) => {
    await retryFailedMessage(actor, input.messageId);
    revalidatePath("/admin/outbox");
    redirect("/admin/outbox?retried=1");
  },
);
