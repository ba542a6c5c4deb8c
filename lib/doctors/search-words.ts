// How a typed doctor search becomes words to match. Pure: the SQL in search.ts does the fuzzy part.

/** Titles and filler that say nothing about which doctor is meant ("Dr Patel", "doctor for skin"). */
const IGNORED = new Set([
  "dr",
  "doctor",
  "doc",
  "prof",
  "professor",
  "mr",
  "mrs",
  "ms",
  "miss",
  "for",
  "the",
  "a",
  "of",
]);

/** Lower-case, without accents (é → e) and punctuation, as the database folds the names it compares. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a search that must each match a doctor's name, specialty or its synonyms; order does not matter. */
export function searchWords(query: string): string[] {
  return [...new Set(foldText(query).split(" "))].filter((w) => w.length >= 2 && !IGNORED.has(w));
}

/** A name's surname for sorting: its last word that is not a title ("Dr Priya Patel" → "patel"). */
export function surnameOf(name: string): string {
  const words = foldText(name)
    .split(" ")
    .filter((w) => w && !IGNORED.has(w));
  return words.at(-1) ?? "";
}
