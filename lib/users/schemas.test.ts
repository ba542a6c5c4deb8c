import { describe, expect, it } from "vitest";
import { z } from "@/lib/i18n/zod";
import { inEnglish } from "@/lib/i18n/english";
import { registerPatientSchema, resetPasswordSchema, signInSchema } from "./schemas";

const valid = {
  name: "Jane Doe",
  email: "  Jane.Doe@Example.TEST ",
  password: "Quiet-harbour-7",
  confirmPassword: "Quiet-harbour-7",
  phone: "+44 (0)20 7946-0000",
  dateOfBirth: "1985-06-30",
};

const errorsOf = (input: unknown) => {
  const result = registerPatientSchema.safeParse(input);
  if (result.success) return {};
  const { fieldErrors } = z.flattenError(result.error);
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, all]) => [field, all?.map(inEnglish)]));
};

describe("registerPatientSchema", () => {
  it("accepts a complete form and normalises the email", () => {
    expect(registerPatientSchema.parse(valid).email).toBe("jane.doe@example.test");
  });

  it.each([
    ["short", 'validation.users.passwordTooShort|{"limit":10}'],
    ["x".repeat(129), 'validation.users.passwordTooLong|{"limit":128}'],
    ["password12", "validation.users.passwordGuessable"],
    ["Welcome2024!", "validation.users.passwordGuessable"],
  ])("rejects the password %s with its field message", (password, message) => {
    expect(errorsOf({ ...valid, password, confirmPassword: password }).password).toContain(inEnglish(message));
  });

  it("accepts a passphrase without Latin letters and a long one", () => {
    for (const password of ["こんにちは世界12345", "আমার ছোট্ট নদী চলে বাঁকে বাঁকে ".repeat(2).trim()]) {
      expect(errorsOf({ ...valid, password, confirmPassword: password }).password).toBeUndefined();
    }
  });

  it("rejects a password containing the email's name part", () => {
    const password = "jane.doe-2024!";
    expect(errorsOf({ ...valid, password, confirmPassword: password }).password).toContain(
      "Do not use your email address in the password",
    );
  });

  it("puts a mismatch on the confirmation field", () => {
    expect(errorsOf({ ...valid, confirmPassword: "Quiet-harbour-8" }).confirmPassword).toEqual([
      "The passwords do not match",
    ]);
  });

  it("rejects a bad email, phone and a future or impossible birth date, each on its field", () => {
    const errors = errorsOf({ ...valid, email: "jane@", phone: "call me", dateOfBirth: "2999-01-01" });
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(errors.phone?.[0]).toMatch(/phone number/);
    expect(errors.dateOfBirth).toContain("Date of birth must be in the past");
    expect(errorsOf({ ...valid, dateOfBirth: "1985-02-30" }).dateOfBirth?.[0]).toBe("Enter your date of birth");
  });
});

describe("signInSchema", () => {
  it("lower-cases and trims the email", () => {
    expect(signInSchema.parse({ email: " A@B.TEST ", password: "x" }).email).toBe("a@b.test");
  });
  it("requires both fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
  });
});

describe("resetPasswordSchema (password reset and staff invitations)", () => {
  it("applies the same password rules as registration", () => {
    const token = "t".repeat(40);
    for (const password of ["password12", "Password123", "qwerty12345", "Welcome2024!", "Passw0rd!!"]) {
      const result = resetPasswordSchema.safeParse({ token, password, confirmPassword: password });
      expect(result.success ? [] : z.flattenError(result.error).fieldErrors.password).toEqual([
        "validation.users.passwordGuessable",
      ]);
    }
    const phrase = "こんにちは世界12345";
    expect(resetPasswordSchema.safeParse({ token, password: phrase, confirmPassword: phrase }).success).toBe(true);
  });
});
