// Account emails: a reset asked for by the person, the first password of new staff, and the notice
// to an owner whose address someone tried to register again.
import type { AccountEmailPayload } from "@/lib/notifications/email-payload";
import { emailDocument, type Rendered } from "./html";
import type { Words } from "@/lib/i18n/words";

type Notice = Extract<AccountEmailPayload, { kind: "account.already-registered" }>;

function renderAlreadyRegistered(p: Notice, subject: string, clinicName: string, words: Words): Rendered {
  const t = (part: string) => words.t(`emails.alreadyRegistered.${part}`, { name: p.name, clinic: clinicName });
  return emailDocument({
    title: subject,
    heading: t("heading"),
    blocks: [
      { kind: "paragraph", text: t("opening") },
      {
        kind: "buttons",
        links: [
          { href: p.link, label: t("signIn") },
          { href: p.resetLink, label: t("reset") },
        ],
      },
      { kind: "paragraph", text: t("ignore") },
    ],
    footer: [clinicName],
    lang: words.intl,
    dir: words.dir,
  });
}

export function renderAccountEmail(
  p: AccountEmailPayload,
  subject: string,
  clinicName: string,
  words: Words,
): Rendered {
  if (p.kind === "account.already-registered") return renderAlreadyRegistered(p, subject, clinicName, words);
  const key = p.kind === "account.invite" ? "emails.invite" : "emails.reset";
  const t = (part: string) => words.t(`${key}.${part}`, { name: p.name, clinic: clinicName });
  return emailDocument({
    title: subject,
    heading: t("heading"),
    blocks: [
      { kind: "paragraph", text: t("opening") },
      { kind: "buttons", links: [{ href: p.link, label: t("button"), note: words.t("emails.linkOnce") }] },
      { kind: "paragraph", text: t("ignore") },
    ],
    footer: [clinicName],
    lang: words.intl,
    dir: words.dir,
  });
}
