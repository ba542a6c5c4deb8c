import "server-only";
import { Resend } from "resend";
import type { EmailTransport } from "./transport";

/** Who the clinic's emails come from; the domain must be verified in Resend. */
const senderAddress = () => process.env.EMAIL_FROM || "Clinic <onboarding@resend.dev>";

/** Sends through Resend; the outbox key goes out as Resend's Idempotency-Key, so a resend after a crash is delivered once. */
export function resendTransport(apiKey: string): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(email) {
      const { error } = await resend.emails.send(
        {
          from: senderAddress(),
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          attachments: email.attachments.map((a) => ({
            filename: a.filename,
            content: Buffer.from(a.content, "utf8"),
            contentType: a.contentType,
          })),
        },
        { idempotencyKey: email.idempotencyKey },
      );
      if (error)
        throw new Error(
          `Resend refused the message (${error.name}${error.statusCode ? `, ${error.statusCode}` : ""}): ${error.message}`,
        );
    },
  };
}
