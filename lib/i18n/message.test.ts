import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { decodeMessage, msg, translateMessage } from "./message";

const t = createTranslator({ locale: "en", messages: { errors: { short: "At least {min} characters." } } });

describe("encoded messages", () => {
  it("round-trips a key with its values", () => {
    expect(msg("errors.short", { min: 3 })).toBe('errors.short|{"min":3}');
    expect(decodeMessage(msg("errors.short", { min: 3 }))).toEqual({ key: "errors.short", values: { min: 3 } });
    expect(decodeMessage("errors.short")).toEqual({ key: "errors.short" });
  });

  it("leaves plain text alone, including text with a dot or a bar", () => {
    expect(decodeMessage("Please try again.")).toBeNull();
    expect(decodeMessage("a|b")).toBeNull();
    expect(translateMessage(t, "Please try again.")).toBe("Please try again.");
  });

  it("translates known keys and shows unknown keys as they are", () => {
    expect(translateMessage(t, msg("errors.short", { min: 3 }))).toBe("At least 3 characters.");
    expect(translateMessage(t, "errors.unknown")).toBe("errors.unknown");
  });
});
