import "server-only";
import { mailboxTransport } from "./mailbox-transport";
import { resendTransport } from "./resend-transport";
import type { EmailTransport } from "./transport";

/** Resend when RESEND_API_KEY is set, else the development mailbox. */
export function defaultTransport(): EmailTransport {
  const key = process.env.RESEND_API_KEY;
  return key ? resendTransport(key) : mailboxTransport;
}
