import { z } from "zod";

export const retryOutboxSchema = z.object({ messageId: z.uuid("That message could not be found.") });
