// Password emails: a reset asked for by the person, or the first password of new staff.
import type { AccountEmailPayload } from "@/lib/notifications/email-payload";
import { emailDocument, type Rendered } from "./html";

export function renderAccountEmail(p: AccountEmailPayload, subject: string, clinicName: string): Rendered {
  const invite = p.kind === "account.invite";
  return emailDocument({
    title: subject,
    heading: invite ? `Welcome to ${clinicName}` : "Reset your password",
    blocks: [
      {
        kind: "paragraph",
        text: invite
          ? `Hello ${p.name}, an account has been created for you. Choose your password to sign in.`
          : `Hello ${p.name}, someone (we hope you) asked to reset the password of your account.`,
      },
      {
        kind: "buttons",
        links: [
          {
            href: p.link,
            label: invite ? "Set your password" : "Choose a new password",
            note: "The link works once and expires within an hour.",
          },
        ],
      },
      {
        kind: "paragraph",
        text: invite
          ? "If you did not expect this, you can ignore this email."
          : "If you did not ask for this, ignore this email: your password stays as it is.",
      },
    ],
    footer: [clinicName],
  });
}
