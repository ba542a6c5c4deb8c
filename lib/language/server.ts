import "server-only";
import { getLocale, getMessages } from "next-intl/server";
import { getClinicSettings } from "@/lib/settings/queries";
import type { Messages } from "@/lib/i18n/catalogues";
import { formattersFor, type Formatters } from "@/lib/i18n/formatters";

/**
 * The request's formatters: its language's digits and names, in the clinic's time zone (or `timeZone`,
 * for shared components whose callers already hold the zone they show).
 */
export async function getFormat(timeZone?: string): Promise<Formatters> {
  const [messages, clinic] = await Promise.all([getMessages() as Promise<Messages>, getClinicSettings()]);
  return formattersFor(messages.meta.intl, timeZone ?? clinic.timeZone, clinic.currency);
}

/** The request's language as a BCP 47 tag and its writing direction, for <html lang dir>. */
export async function getLanguage(): Promise<{ locale: string; lang: string; dir: "ltr" | "rtl" }> {
  const [locale, messages] = await Promise.all([getLocale(), getMessages() as Promise<Messages>]);
  return { locale, lang: messages.meta.intl, dir: messages.meta.dir };
}
