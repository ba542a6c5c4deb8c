import { z } from "@/lib/i18n/zod";

export const retryOutboxSchema = z.object({ messageId: z.uuid("That message could not be found.") });
