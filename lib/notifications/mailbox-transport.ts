import "server-only";
import type { EmailTransport } from "./transport";

/**
 * Without RESEND_API_KEY nothing leaves the machine: a message marked sent is "delivered" to the
 * development mailbox, which admins read at /admin/mailbox (rendered again from the stored payload,
 * so no copy of the email is kept). The recipient is still checked so a bad row fails like it would.
 */
export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  async send(email) {
    if (!/^[^\s@]+@[^\s@]+$/.test(email.to)) throw new Error(`Not an email address: ${email.to}`);
  },
};

export const usingDevelopmentMailbox = () => !process.env.RESEND_API_KEY;

/**
 * Whether the mailbox may show the links inside emails. In development it does (the demo follows
 * them); in production an admin reading the mailbox sees only that a link was sent, never the link,
 * unless MAILBOX_SHOWS_LINKS=1 says this is a demo or a browser test whose patients are made up.
 */
export const mailboxShowsLinks = () => process.env.NODE_ENV !== "production" || process.env.MAILBOX_SHOWS_LINKS === "1";
