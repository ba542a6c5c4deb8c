import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import { visitNoteRefusal as refusalKey } from "./rules";

// The reason as an English reader sees it.
const visitNoteRefusal = (...args: Parameters<typeof refusalKey>) => {
  const key = refusalKey(...args);
  return key === null ? null : inEnglish(key);
};

const start = new Date("2030-01-08T10:00:00Z");

describe("visitNoteRefusal", () => {
  it("allows a note during a confirmed visit and after completion", () => {
    expect(visitNoteRefusal("CONFIRMED", start, new Date("2030-01-08T10:00:00Z"))).toBeNull();
    expect(visitNoteRefusal("COMPLETED", start, new Date("2030-02-01T10:00:00Z"))).toBeNull();
  });

  it("refuses before the start and for visits that did not happen", () => {
    expect(visitNoteRefusal("CONFIRMED", start, new Date("2030-01-08T09:59:59Z"))).toMatch(
      /once the visit has started/,
    );
    for (const status of ["PENDING", "CANCELLED", "REJECTED", "NO_SHOW"] as const) {
      expect(visitNoteRefusal(status, start, new Date("2030-01-09T00:00:00Z"))).toMatch(/confirmed or completed/);
    }
  });
});
