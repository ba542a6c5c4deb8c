import "server-only";
import { appUrl } from "./app-url";
import { deriveLinkKey, signActionToken, verifyActionToken, type LinkAction } from "./action-token";

function linkKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: emailed appointment links cannot be signed.");
  return deriveLinkKey(secret);
}

/** The absolute link an email carries for `action` on the appointment as the email describes it. */
export function appointmentActionLink(
  facts: { appointmentId: string; sequence: number; startsAt: string },
  action: LinkAction,
): string {
  const token = signActionToken(
    { appointmentId: facts.appointmentId, action, sequence: facts.sequence, expiresAt: new Date(facts.startsAt) },
    linkKey(),
  );
  return appUrl(`/manage/${token}`);
}

export const checkActionToken = (token: string, now = new Date()) => verifyActionToken(token, linkKey(), now);
