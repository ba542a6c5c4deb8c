import { describe, expect, it } from "vitest";
import { chooseLocale, localeFromAcceptLanguage } from "./locales";

const available = ["en", "bn"];

describe("chooseLocale", () => {
  it("prefers the user's choice, then the switcher, then the browser, then the clinic", () => {
    expect(chooseLocale(available, { user: "bn", cookie: "en", acceptLanguage: "en" })).toBe("bn");
    expect(chooseLocale(available, { cookie: "bn", acceptLanguage: "en-GB" })).toBe("bn");
    expect(chooseLocale(available, { acceptLanguage: "bn-BD,bn;q=0.9,en;q=0.5" })).toBe("bn");
    expect(chooseLocale(available, { acceptLanguage: "fr-FR", clinicDefault: "bn" })).toBe("bn");
    expect(chooseLocale(available, {})).toBe("en");
  });

  it("skips values it does not have catalogues for", () => {
    expect(
      chooseLocale(available, { user: "xx", cookie: "../../etc", acceptLanguage: null, clinicDefault: "de" }),
    ).toBe("en");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("matches a regional tag to the language and honours weights", () => {
    expect(localeFromAcceptLanguage("en-US;q=0.4, bn-IN;q=0.8", available)).toBe("bn");
    expect(localeFromAcceptLanguage("*", available)).toBeNull();
    expect(localeFromAcceptLanguage("not a tag!!, ;;", available)).toBeNull();
  });
});
