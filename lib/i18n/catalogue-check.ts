// What a catalogue lacks against the English one: missing keys, keys English does not have, and
// messages whose placeholders differ ({name} in one language, none in another). Pure.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The top-level names of ICU arguments in a message ("{count, plural, …}" → count). */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === "'") {
      const end = message.indexOf("'", i + 1); // quoted text is literal
      if (end > i) i = end;
      continue;
    }
    if (c === "{") {
      if (depth === 0) {
        const name = /^\{\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(message.slice(i))?.[1];
        if (name) names.add(name);
      }
      depth++;
    } else if (c === "}") depth = Math.max(0, depth - 1);
  }
  return [...names].sort();
}

export type CatalogueProblem = { key: string; problem: "missing" | "extra" | "placeholders" | "empty" };

export function compareCatalogues(english: Tree, other: Tree): CatalogueProblem[] {
  const base = flatten(english);
  const theirs = flatten(other);
  const problems: CatalogueProblem[] = [];
  for (const [key, text] of base) {
    const translated = theirs.get(key);
    if (translated === undefined) problems.push({ key, problem: "missing" });
    else if (key !== "meta.dir" && translated.trim() === "") problems.push({ key, problem: "empty" });
    else if (placeholders(text).join() !== placeholders(translated).join())
      problems.push({ key, problem: "placeholders" });
  }
  for (const key of theirs.keys()) if (!base.has(key)) problems.push({ key, problem: "extra" });
  return problems;
}
