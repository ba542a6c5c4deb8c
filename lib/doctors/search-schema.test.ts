import { describe, expect, it } from "vitest";
import { doctorSearchSchema } from "./search-schema";

describe("doctorSearchSchema", () => {
  it("treats the empty fields of a submitted form as no filter", () => {
    expect(doctorSearchSchema.parse({ q: "Okafor", specialty: "", minFee: "", maxFee: "", minYears: "", within: "", sort: "next" })).toEqual({
      q: "Okafor",
      sort: "next",
      page: 1,
    });
  });

  it("keeps valid numbers, including zero, and drops malformed ones", () => {
    expect(doctorSearchSchema.parse({ minFee: "0", maxFee: "80", minYears: "abc", within: "7", page: "2" })).toMatchObject({ minFee: 0, maxFee: 80, minYears: undefined, within: 7, page: 2 });
  });

  it("falls back to defaults for an unknown sort or page", () => {
    expect(doctorSearchSchema.parse({ sort: "price; drop table", page: "-3" })).toMatchObject({ sort: "next", page: 1 });
  });
});
