import { z } from "@/lib/i18n/zod";
import { optionalDate, optionalText, pageNumber } from "@/lib/listing/search-params";

export const auditFilterSchema = z.object({
  action: optionalText(60),
  actor: optionalText(80),
  entityType: optionalText(40),
  entityId: optionalText(60),
  from: optionalDate,
  to: optionalDate,
  page: pageNumber,
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
