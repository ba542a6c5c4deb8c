import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE } from "./locales";

// The message catalogues: one JSON file per language in messages/. A language is added by adding
// its file (messages/<code>.json, with every key the English one has; CI checks that).

export type Messages = { meta: { name: string; dir: "ltr" | "rtl"; intl: string } } & Record<string, unknown>;

let codes: string[] | undefined;

/** The languages there are catalogues for, English first. */
export function availableLocales(): string[] {
  codes ??= readdirSync(path.join(process.cwd(), "messages"))
    .filter((name) => /^[a-z]{2,3}(-[A-Z]{2})?\.json$/.test(name))
    .map((name) => name.replace(/\.json$/, ""))
    .sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)));
  return codes;
}

const loaded = new Map<string, Promise<Messages>>();

/** One language's catalogue (read once per process). */
export function loadMessages(locale: string): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = import(`../../messages/${locale}.json`).then((m: { default: Messages }) => m.default);
    loaded.set(locale, messages);
  }
  return messages;
}

/** Each language's own name ("বাংলা"), for the switcher. */
export async function languageChoices(): Promise<{ code: string; name: string }[]> {
  return Promise.all(availableLocales().map(async (code) => ({ code, name: (await loadMessages(code)).meta.name })));
}
