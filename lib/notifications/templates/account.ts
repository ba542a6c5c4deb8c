// Password emails: a reset asked for by the person, or the first password of new staff.
import type { AccountEmailPayload, AccountNoticePayload } from "@/lib/notifications/email-payload";
import { emailDocument, type Rendered } from "./html";

const isNotice = (p: AccountEmailPayload | AccountNoticePayload): p is AccountNoticePayload =>
  "paragraphs" in p && Array.isArray(p.paragraphs);

export function renderAccountEmail(
  p: AccountEmailPayload | AccountNoticePayload,
  subject: string,
  clinicName: string,
): Rendered {
  if (isNotice(p)) return renderNotice(p, subject, clinicName);
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

/** A notice already worded in the recipient's language; the link is left out once it was forgotten. */
function renderNotice(p: AccountNoticePayload, subject: string, clinicName: string): Rendered {
  const [first, ...rest] = p.paragraphs;
  return emailDocument({
    title: subject,
    heading: p.heading,
    blocks: [
      ...(first ? [{ kind: "paragraph" as const, text: first }] : []),
      ...(p.link && p.linkLabel
        ? [{ kind: "buttons" as const, links: [{ href: p.link, label: p.linkLabel, note: p.linkNote }] }]
        : []),
      ...rest.map((text) => ({ kind: "paragraph" as const, text })),
    ],
    footer: [clinicName],
  });
}
