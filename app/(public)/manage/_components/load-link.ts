import "server-only";
import { openActionLink } from "@/lib/appointments/email-links";
import type { LinkAction } from "@/lib/notifications/action-token";

/** For the link pages: the opened link, or the problem to show; a link for the other action counts as invalid here. */
export async function loadLink(params: Promise<{ token: string }>, action?: LinkAction) {
  const { token } = await params;
  const link = await openActionLink(decodeURIComponent(token));
  if (link.ok && action && link.claims.action !== action)
    return { token, link: { ok: false as const, problem: "invalid" as const } };
  return { token, link };
}

export const confirmHref = (token: string) => (start: Date) =>
  `/manage/${token}/reschedule/confirm?start=${encodeURIComponent(start.toISOString())}`;
