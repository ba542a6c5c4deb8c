// The security page's forms, shared by the browser and the server.
import { z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";

/** A six-digit code from the app, or a recovery code; spaces (as apps group digits) are ignored. */
export const secondFactorCodeSchema = z
  .string()
  .transform((code) => code.replace(/\s/g, ""))
  .pipe(z.string().min(1, msg("validation.mfa.codeMissing")).max(20, msg("validation.mfa.codeMissing")));

export const confirmEnrolmentSchema = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, msg("validation.mfa.sixDigits"))),
});

export const disableMfaSchema = z.object({
  password: z.string().min(1, msg("validation.mfa.passwordMissing")).max(512),
  code: secondFactorCodeSchema,
});
