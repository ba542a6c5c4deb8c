import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareCatalogues, placeholders } from "./catalogue-check";

const dir = path.resolve(import.meta.dirname, "../../messages");
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
const english = read("en.json");
const others = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "en.json");

describe("the catalogue check", () => {
  it("reads ICU placeholders, including plurals, and ignores quoted braces", () => {
    expect(placeholders("Hello {name}, {count, plural, one {# visit} other {# visits}}")).toEqual(["count", "name"]);
    expect(placeholders("Use '{'braces'}' literally")).toEqual([]);
  });

  it("reports missing, extra, empty and mismatched messages", () => {
    const problems = compareCatalogues({ a: "A {x}", b: { c: "C" }, d: "D" }, { a: "A", b: { c: "" }, e: "E" });
    expect(problems).toEqual([
      { key: "a", problem: "placeholders" },
      { key: "b.c", problem: "empty" },
      { key: "d", problem: "missing" },
      { key: "e", problem: "extra" },
    ]);
  });
});

describe("every catalogue has every English message", () => {
  it("has at least one other language", () => {
    expect(others.length).toBeGreaterThan(0);
  });

  for (const file of others) {
    it(`${file} is complete`, () => {
      expect(compareCatalogues(english, read(file))).toEqual([]);
    });
  }
});
