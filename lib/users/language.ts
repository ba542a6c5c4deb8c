import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { Actor } from "@/lib/auth/session";
import { availableLocales } from "@/lib/i18n/catalogues";

/**
 * Keeps a signed-in user's language on their account, so their pages and emails follow it on any
 * device; a visitor's choice lives only in the switcher's cookie (set by the action).
 */
export async function chooseLanguage(actor: Actor | null, locale: string): Promise<void> {
  if (!availableLocales().includes(locale)) throw new DomainError("errors.unknownLanguage", "locale");
  if (actor) await getDb().user.update({ where: { id: actor.id }, data: { locale } });
}
