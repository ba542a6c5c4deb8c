// Which language a visitor gets. Pure: the caller passes what it knows (the signed-in user's choice,
// the switcher's cookie, the browser's Accept-Language, the clinic's default).
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const DEFAULT_LOCALE = "en";
/** Set by the language switcher; read before sign-in (and kept after it, for the sign-in page itself). */
export const LOCALE_COOKIE = "clinic_locale";

/** The best available locale for an Accept-Language header, or null when none fits. */
export function localeFromAcceptLanguage(
  header: string | null | undefined,
  available: readonly string[],
): string | null {
  if (!header) return null;
  const wanted = new Negotiator({ headers: { "accept-language": header } }).languages();
  const usable = wanted.filter((tag) => tag !== "*");
  if (!usable.length) return null;
  try {
    const found = match(usable, [...available], "\u0000");
    return found === "\u0000" ? null : found;
  } catch {
    return null; // a malformed tag in the header: as if none were sent
  }
}

/**
 * The language to use: the user's own choice when signed in, else the switcher's cookie, else the
 * browser's preference, else the clinic's default. Unknown values are skipped, never trusted.
 */
export function chooseLocale(
  available: readonly string[],
  sources: {
    user?: string | null;
    cookie?: string | null;
    acceptLanguage?: string | null;
    clinicDefault?: string | null;
  },
): string {
  const known = (value: string | null | undefined) => (value && available.includes(value) ? value : null);
  return (
    known(sources.user) ??
    known(sources.cookie) ??
    localeFromAcceptLanguage(sources.acceptLanguage, available) ??
    known(sources.clinicDefault) ??
    (available.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : available[0]!)
  );
}
