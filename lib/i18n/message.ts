// Messages that cross the server/browser boundary as catalogue keys, so each reader sees them in their
// own language: zod messages, domain errors and form results carry "key" or "key|{json values}", and
// whoever shows them translates. Pure: no framework, no catalogue loaded here.

const SEPARATOR = "|";

/** A catalogue key with its values, as one string that survives zod, FormState and JSON. */
export function msg(key: string, values?: Record<string, string | number>): string {
  return values && Object.keys(values).length ? `${key}${SEPARATOR}${JSON.stringify(values)}` : key;
}

export type EncodedMessage = { key: string; values?: Record<string, string | number> };

const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

/** The key and values of an encoded message, or null for plain text (a message that is not a key). */
export function decodeMessage(text: string): EncodedMessage | null {
  const at = text.indexOf(SEPARATOR);
  const key = at === -1 ? text : text.slice(0, at);
  if (!KEY.test(key)) return null;
  if (at === -1) return { key };
  try {
    const values = JSON.parse(text.slice(at + 1)) as unknown;
    return values && typeof values === "object" ? { key, values: values as Record<string, string | number> } : null;
  } catch {
    return null;
  }
}

/** Any next-intl translator (whose keys are typed by the catalogue: `never` accepts them all). */
type AnyTranslator = { (key: never, values?: never): string; has(key: never): boolean };
type LooseTranslator = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** The text of an encoded message in `t`'s language; anything else is shown as it is. */
export function translateMessage(t: AnyTranslator, text: string): string {
  const decoded = decodeMessage(text);
  // Encoded keys are checked at run time (has), since they travel as plain strings.
  const loose = t as unknown as LooseTranslator;
  if (!decoded || !loose.has(decoded.key)) return text;
  return loose(decoded.key, decoded.values);
}
