// The boundary between the outbox and the outside world. The dispatcher hands each claimed message
// to one transport; tests count what crosses it.

export type EmailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
  /** The outbox row's unique key: a provider that sees it twice delivers once. */
  idempotencyKey: string;
};

export type EmailTransport = {
  /** "resend" or "mailbox"; shown to admins so they know where mail went. */
  name: string;
  /** Resolves once the provider accepted the message; throws with a readable message otherwise. */
  send(email: OutgoingEmail): Promise<void>;
};
