import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/lib/generated/prisma/client";
import { availableLocales, loadMessages } from "@/lib/i18n/catalogues";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type english from "@/messages/en.json";

type Tx = Pick<Prisma.TransactionClient, "clinicSettings">;

/**
 * The account emails' words in the recipient's language: theirs if they chose one, else the
 * clinic's default. Notices are worded when enqueued, so the sender needs no catalogue.
 */
export async function noticeWords(tx: Tx, locale: string | null) {
  const clinic = await tx.clinicSettings.findUnique({ where: { id: 1 }, select: { defaultLocale: true } });
  const wanted = locale ?? clinic?.defaultLocale ?? DEFAULT_LOCALE;
  const code = availableLocales().includes(wanted) ? wanted : DEFAULT_LOCALE;
  const messages = await loadMessages(code);
  // Every catalogue has English's keys (a test checks), so English's shape types the keys.
  const typed = messages as unknown as typeof english;
  const t = createTranslator({ locale: code, messages: typed, namespace: "emails.account" });
  return Object.assign(t, { locale: code });
}
