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
    .max(254, "validation.users.emailTooLong")
    .pipe(z.email(msg("validation.users.emailInvalid", { example: messages.example })))
    .transform(normalizeEmail);

const email = emailSchema({ missing: "validation.users.emailMissing", example: "name@example.com" });

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
  .min(1, "validation.users.phoneMissing")
  .regex(/^\+?[0-9 ()-]{7,20}$/, "validation.users.phoneInvalid");

/** A past calendar date (YYYY-MM-DD) for someone at most 130 years old. */
const dateOfBirthSchema = z.iso
  .date("validation.users.birthMissing")
  .refine((d) => d < new Date().toISOString().slice(0, 10), "validation.users.birthFuture")
  .refine((d) => Number(d.slice(0, 4)) > new Date().getUTCFullYear() - 130, "validation.users.birthYear");

export const signInSchema = z.object({
  email,
  password: z
    .string()
    .min(1, "validation.users.passwordMissing")
    .max(PASSWORD_LENGTH.max * 4),
  /** The second step: a code from the authenticator app or a recovery code, once the password was right. */
  code: z.string().trim().max(40).optional(),
  callbackUrl: z.string().optional(),
});

export const registerPatientSchema = z
  .object({
    name: text().trim().min(2, "validation.users.fullName").max(120, "validation.users.nameTooLong"),
    email,
    password: newPasswordSchema,
    confirmPassword: z.string(),
    phone: phoneSchema,
    dateOfBirth: dateOfBirthSchema,
  })
  .refine((v) => v.confirmPassword === v.password, {
    path: ["confirmPassword"],
    message: "validation.users.passwordsDiffer",
  })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0] ?? "\0"), {
    path: ["password"],
    message: "validation.users.passwordHasEmail",
  });

export type RegisterPatientInput = z.infer<typeof registerPatientSchema>;

// Forms of the password-reset journey; the rules are the ones registration uses.

export const forgotPasswordSchema = z.object({ email: signInSchema.shape.email });

export const resetPasswordSchema = z
  .object({
    token: text().min(20, "validation.users.badLink").max(200, "validation.users.badLink"),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.confirmPassword === v.password, {
    path: ["confirmPassword"],
    message: "validation.users.passwordsDiffer",
  });

export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** Changing the password while signed in: the current one proves it is the account's owner. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "validation.account.currentPassword")
      .max(PASSWORD_LENGTH.max * 4),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.confirmPassword === v.password, {
    path: ["confirmPassword"],
    message: "validation.users.passwordsDiffer",
  })
  .refine((v) => v.password !== v.currentPassword, {
    path: ["password"],
    message: "validation.account.samePassword",
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Moving the account to another address: confirmed from that address, the current password first. */
export const changeEmailSchema = z.object({
  newEmail: emailSchema({ missing: "validation.account.newEmail", example: "name@example.com" }),
  currentPassword: z
    .string()
    .min(1, "validation.account.currentPassword")
    .max(PASSWORD_LENGTH.max * 4),
});

export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

/** The confirmation page's button: the token from the emailed link. */
export const confirmEmailSchema = z.object({ token: z.string().min(20).max(200) });

/** Closing one's own account: the current password, then a confirmation in the browser. */
export const closeAccountSchema = z.object({
  currentPassword: z
    .string()
    .min(1, "validation.account.currentPassword")
    .max(PASSWORD_LENGTH.max * 4),
});

/** A staff member's own account page: the name others see and the language of pages and emails. */
export const accountSchema = z.object({
  name: text()
    .trim()
    .min(2, "validation.profile.name")
    .max(120, msg("validation.profile.tooLong", { max: 120 })),
  locale: z
    .string()
    .trim()
    .regex(/^([a-z]{2,3}(-[A-Z]{2})?)?$/, "validation.profile.locale")
    .optional()
    .transform((v) => (v ? v : null)),
});

export type AccountInput = z.output<typeof accountSchema>;

/** The language switcher: a catalogue's code and the page to come back to. */
export const chooseLanguageSchema = z.object({
  locale: text().trim().min(2).max(10),
  returnTo: z.string().max(2000).optional(),
});
