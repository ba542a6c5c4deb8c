// Password emails: a reset asked for by the person, or the first password of new staff.
import type { AccountEmailPayload } from "@/lib/notifications/email-payload";
import { emailDocument, type Rendered } from "./html";
import type { Words } from "@/lib/i18n/words";

export function renderAccountEmail(
  p: AccountEmailPayload,
  subject: string,
  clinicName: string,
  words: Words,
): Rendered {
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
