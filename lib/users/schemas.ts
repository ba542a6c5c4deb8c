// One zod schema per form, shared by the browser (react-hook-form) and the server (action wrapper).
import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";
import { judgePassword, PASSWORD_LENGTH } from "./password-policy";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** An email address as typed, stored lower-cased; the messages name whose address it is. */
export const emailSchema = (messages: { missing: string; example: string }) =>
  text()
    .trim()
    .min(1, messages.missing)
    .max(254, "That email address is too long")
    .pipe(z.email(`Enter a valid email address, like ${messages.example}`))
    .transform(normalizeEmail);

const email = emailSchema({ missing: "Enter your email address", example: "name@example.com" });

/**
 * Every password someone chooses (registration, reset, invitation): length and guessability only,
 * no composition rule (see password-policy.ts). Messages are catalogue keys.
 */
const newPasswordSchema = z
  .string()
  .min(PASSWORD_LENGTH.min, msg("validation.users.passwordTooShort", { limit: PASSWORD_LENGTH.min }))
  .max(PASSWORD_LENGTH.max, msg("validation.users.passwordTooLong", { limit: PASSWORD_LENGTH.max }))
  .refine((p) => judgePassword(p).acceptable, msg("validation.users.passwordGuessable"));

export const phoneSchema = z
  .string()
  .trim()
  .min(1, "Enter a phone number")
  .regex(/^\+?[0-9 ()-]{7,20}$/, "Enter a phone number using digits, spaces, brackets or dashes");

/** A past calendar date (YYYY-MM-DD) for someone at most 130 years old. */
const dateOfBirthSchema = z.iso
  .date("Enter your date of birth")
  .refine((d) => d < new Date().toISOString().slice(0, 10), "Date of birth must be in the past")
  .refine((d) => Number(d.slice(0, 4)) > new Date().getUTCFullYear() - 130, "Check the year of birth");

export const signInSchema = z.object({
  email,
  password: z
    .string()
    .min(1, "Enter your password")
    .max(PASSWORD_LENGTH.max * 4),
  /** The second step: a code from the authenticator app or a recovery code, once the password was right. */
  code: z.string().trim().max(40).optional(),
  callbackUrl: z.string().optional(),
});

export const registerPatientSchema = z
  .object({
    name: text().trim().min(2, "Enter your full name").max(120, "Use at most 120 characters"),
    email,
    password: newPasswordSchema,
    confirmPassword: z.string(),
    phone: phoneSchema,
    dateOfBirth: dateOfBirthSchema,
  })
  .refine((v) => v.confirmPassword === v.password, { path: ["confirmPassword"], message: "The passwords do not match" })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0] ?? "\0"), {
    path: ["password"],
    message: "Do not use your email address in the password",
  });

export type RegisterPatientInput = z.infer<typeof registerPatientSchema>;

// Forms of the password-reset journey; the rules are the ones registration uses.

export const forgotPasswordSchema = z.object({ email: signInSchema.shape.email });

export const resetPasswordSchema = z
  .object({
    token: text().min(20, "This link is not valid.").max(200, "This link is not valid."),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.confirmPassword === v.password, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });

export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** The language switcher: a catalogue's code and the page to come back to. */
export const chooseLanguageSchema = z.object({
  locale: text().trim().min(2).max(10),
  returnTo: z.string().max(2000).optional(),
});
