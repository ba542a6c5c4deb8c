import "server-only";
import { createTranslator } from "next-intl";
import { availableLocales, loadMessages } from "./catalogues";
import { formattersFor } from "./formatters";
import { DEFAULT_LOCALE } from "./locales";

/**
 * Words and formats for someone who is not making the request: the recipient of an email or a text,
 * whose language is on their account (or the clinic's default). An unknown code falls back to English.
 */
export async function translatorFor(locale: string | null | undefined, clinic: { timeZone: string; currency: string }) {
  const code = locale && availableLocales().includes(locale) ? locale : DEFAULT_LOCALE;
  const messages = await loadMessages(code);
  return {
    locale: code,
    t: createTranslator({ locale: code, messages }),
    format: formattersFor(messages.meta.intl, clinic.timeZone, clinic.currency),
  };
}
