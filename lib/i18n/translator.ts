import "server-only";
import { createTranslator } from "next-intl";
import type { Translate, Words } from "./words";
import { availableLocales, loadMessages } from "./catalogues";
import { DEFAULT_LOCALE } from "./locales";

/**
 * Words for someone who is not making the request: the recipient of an email or a text, whose language
 * is on their account (or the clinic's default). An unknown or missing code falls back to English.
 */
export async function translatorFor(locale: string | null | undefined): Promise<{ locale: string } & Words> {
  const code = locale && availableLocales().includes(locale) ? locale : DEFAULT_LOCALE;
  const messages = await loadMessages(code);
  const t = createTranslator({ locale: code, messages }) as unknown as Translate;
  return { locale: code, t, intl: messages.meta.intl, dir: messages.meta.dir };
}
