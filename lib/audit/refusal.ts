import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import type { AuditAction } from "./actions";
import { recordAudit } from "./record";

/**
 * Writes a refused access to the audit trail (a 403 from the policy gate, another person's
 * appointment asked for by id). Never fails the refusal itself: the caller still answers 403/404.
 */
export async function recordRefusal(entry: {
  actorId: string | null;
  action: Extract<AuditAction, "access.denied" | "appointment.view_denied">;
  entityType?: string;
  entityId?: string;
  detail?: Record<string, string>;
}): Promise<void> {
  let ip: string | null = null;
  try {
    ip = clientIp(await headers());
  } catch {
    // called outside a request (a script, a test): no address to give
  }
  try {
    await recordAudit({ ...entry, ip });
  } catch (error) {
    console.error("[audit] could not record a refused access", error);
  }
}
