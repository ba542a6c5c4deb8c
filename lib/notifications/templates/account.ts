// Account emails: a reset asked for by the person, the first password of new staff, and the notice
// to an owner whose address someone tried to register again.
import type { AccountEmailPayload } from "@/lib/notifications/email-payload";
import { emailDocument, type Rendered } from "./html";

type Notice = Extract<AccountEmailPayload, { kind: "account.already-registered" }>;

function renderAlreadyRegistered(p: Notice, subject: string, clinicName: string): Rendered {
  return emailDocument({
    title: subject,
    heading: "You already have an account",
    blocks: [
      {
        kind: "paragraph",
        text:
          `Hello ${p.name}, someone (we hope you) tried to create a new account at ${clinicName} with this ` +
          "email address. It already has an account, so nothing was created.",
      },
      {
        kind: "buttons",
        links: [
          { href: p.link, label: "Sign in" },
          { href: p.resetLink, label: "Forgot your password? Choose a new one" },
        ],
      },
      { kind: "paragraph", text: "If it was not you, you can ignore this email: your account is unchanged." },
    ],
    footer: [clinicName],
  });
}

export function renderAccountEmail(p: AccountEmailPayload, subject: string, clinicName: string): Rendered {
  if (p.kind === "account.already-registered") return renderAlreadyRegistered(p, subject, clinicName);
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
