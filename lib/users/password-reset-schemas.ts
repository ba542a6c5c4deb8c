// Forms of the password-reset journey; the rules are the ones registration uses.
import { z } from "zod";
import { newPasswordSchema, signInSchema } from "./schemas";

export const forgotPasswordSchema = z.object({ email: signInSchema.shape.email });

export const resetPasswordSchema = z
  .object({ token: z.string().min(20, "This link is not valid.").max(200, "This link is not valid."), password: newPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.confirmPassword === v.password, { path: ["confirmPassword"], message: "The passwords do not match" });

export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
