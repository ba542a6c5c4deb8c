import { describe, expect, it } from "vitest";
import { foldText, searchWords, surnameOf } from "./search-words";

describe("searchWords", () => {
  it("drops titles, punctuation, repeats and one-letter words, keeping the order-free words", () => {
    expect(searchWords("Dr. Patel")).toEqual(["patel"]);
    expect(searchWords("  Patel,  Priya ")).toEqual(["patel", "priya"]);
    expect(searchWords("doctor for skin")).toEqual(["skin"]);
    expect(searchWords("GP gp a")).toEqual(["gp"]);
    expect(searchWords("Dr")).toEqual([]);
  });

  it("folds accents the way the database's unaccent does", () => {
    expect(foldText("Zoë Ångström-Müller")).toBe("zoe angstrom muller");
    expect(searchWords("Émile")).toEqual(["emile"]);
  });
});

describe("surnameOf", () => {
  it("is the last word that is not a title", () => {
    expect(surnameOf("Dr Priya Patel")).toBe("patel");
    expect(surnameOf("Astrid Lindqvist")).toBe("lindqvist");
    expect(surnameOf("")).toBe("");
  });
});
