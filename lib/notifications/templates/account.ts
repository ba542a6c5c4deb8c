// Account emails: a reset asked for by the person, the first password of new staff, notices about
// the account, and the notice to an owner whose address someone tried to register again.
import type { AccountEmailPayload, AccountNoticePayload } from "@/lib/notifications/email-payload";
import { emailDocument, type Rendered } from "./html";
import type { Words } from "@/lib/i18n/words";

const isNotice = (p: AccountEmailPayload | AccountNoticePayload): p is AccountNoticePayload =>
  "paragraphs" in p && Array.isArray(p.paragraphs);

type AlreadyRegistered = Extract<AccountEmailPayload, { kind: "account.already-registered" }>;

function renderAlreadyRegistered(p: AlreadyRegistered, subject: string, clinicName: string, words: Words): Rendered {
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
  p: AccountEmailPayload | AccountNoticePayload,
  subject: string,
  clinicName: string,
  words: Words,
): Rendered {
  if (isNotice(p)) return renderNotice(p, subject, clinicName, words);
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

/** A notice already worded in the recipient's language; the link is left out once it was forgotten. */
function renderNotice(p: AccountNoticePayload, subject: string, clinicName: string, words: Words): Rendered {
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
    lang: words.intl,
    dir: words.dir,
  });
}
