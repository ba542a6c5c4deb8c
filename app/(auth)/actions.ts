"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { AuthError, CredentialsSignin } from "next-auth";
import { publicAction } from "@/lib/actions/action";
import { DomainError } from "@/lib/errors/domain-error";
import { signIn, signOut } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { chooseLanguage } from "@/lib/users/language";
import { safeCallbackPath } from "@/lib/auth/roles";
import { chooseLanguageSchema, registerPatientSchema, signInSchema } from "@/lib/users/schemas";
import { registerPatient, SIGN_IN_THROTTLE } from "@/lib/users/service";

/** The second step's refusals, each shown on the code field (which the form then reveals). */
const secondFactorMessages: Record<string, string> = {
  mfa_required: "auth.login.codeRequired",
  mfa_wrong: "auth.login.codeWrong",
  mfa_throttled: "auth.login.codeThrottled",
};

async function signInOrExplain(email: string, password: string, redirectTo: string, code?: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, code: code ?? "", redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after success is thrown too
    const secondFactor = error instanceof CredentialsSignin ? secondFactorMessages[error.code] : undefined;
    if (secondFactor) throw new DomainError(secondFactor, "code");
    if (error instanceof CredentialsSignin && error.code === "deactivated") {
      throw new DomainError("This account has been deactivated. Please contact the clinic.");
    }
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      throw new DomainError(
        `Too many failed attempts for this email. Wait ${SIGN_IN_THROTTLE.minutes} minutes, or reset your password.`,
      );
    }
    throw new DomainError("That email and password do not match an account.");
  }
}

export const signInWithPassword = publicAction(signInSchema, async (input) => {
  await signInOrExplain(input.email, input.password, safeCallbackPath(input.callbackUrl), input.code);
});

export const registerAsPatient = publicAction(registerPatientSchema, async (input) => {
  await registerPatient(input);
  await signInOrExplain(input.email, input.password, "/patient?welcome=1");
});

export const setLanguageAction = publicAction(chooseLanguageSchema, async (input, actor) => {
  await chooseLanguage(actor, input.locale);
  (await cookies()).set(LOCALE_COOKIE, input.locale, {
    path: "/",
    maxAge: 365 * 86_400,
    sameSite: "lax",
    httpOnly: true,
  });
  redirect(safeCallbackPath(input.returnTo));
});

export const signOutOfClinic = publicAction(z.object({}), async () => {
  await signOut({ redirectTo: "/login?signedOut=1" });
});
