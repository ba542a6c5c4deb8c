import { describe, expect, it } from "vitest";
import { dictionary } from "@zxcvbn-ts/language-common";
import { judgePassword, PASSWORD_LENGTH } from "./password-policy";

describe("judgePassword", () => {
  it("checks against a list of at least 10,000 common passwords", () => {
    expect(dictionary["passwords-common"].length).toBeGreaterThanOrEqual(10_000);
    expect(judgePassword("iloveyou").listed).toBe(true);
    expect(judgePassword("ILoveYou").listed).toBe(true); // case does not hide a listed password
  });

  it.each(["password12", "Password123", "qwerty12345", "Welcome2024!", "Passw0rd!!", "1q2w3e4r5t", "sunshine1234"])(
    "refuses the common or barely varied password %s",
    (password) => {
      expect(judgePassword(password).acceptable).toBe(false);
    },
  );

  it.each(["こんにちは世界12345", "correct horse battery staple", "Quiet-harbour-7", "নদীর ধারে সন্ধ্যা নামে"])(
    "accepts the passphrase %s, whatever its script or mix of characters",
    (password) => {
      expect(judgePassword(password)).toMatchObject({ listed: false, acceptable: true });
    },
  );

  it("judges a 64- and a 128-character password, and only the first 128 characters of anything longer", () => {
    const phrase = "a quiet river bends past the old mill at dusk, ";
    expect(judgePassword(phrase.repeat(2).slice(0, 64)).acceptable).toBe(true);
    expect(judgePassword(phrase.repeat(3).slice(0, PASSWORD_LENGTH.max)).acceptable).toBe(true);
    const started = performance.now();
    judgePassword("x".repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
