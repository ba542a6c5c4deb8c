"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { AuthError, CredentialsSignin } from "next-auth";
import { policyAction, publicAction } from "@/lib/actions/action";
import { sessionsPolicy } from "@/lib/sessions/policy";
import { endAllOwnSessions } from "@/lib/sessions/service";
import { DomainError } from "@/lib/errors/domain-error";
import { signIn, signOut } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { chooseLanguage } from "@/lib/users/language";
import { safeCallbackPath } from "@/lib/auth/roles";
import { chooseLanguageSchema, registerPatientSchema, signInSchema } from "@/lib/users/schemas";
import { registerPatient } from "@/lib/users/service";
import { SIGN_IN_LIMITS } from "@/lib/users/sign-in-limits";
import { admitRegistration } from "@/lib/users/request-limits";
import { clientIp } from "@/lib/http/client-ip";
import { msg } from "@/lib/i18n/message";

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
      throw new DomainError("errors.users.deactivated");
    }
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      throw new DomainError(
        msg("errors.users.signInThrottled", { minutes: SIGN_IN_LIMITS.clientAccount.windowSeconds / 60 }),
      );
    }
    throw new DomainError("errors.users.wrongCredentials");
  }
}

export const signInWithPassword = publicAction(signInSchema, async (input) => {
  await signInOrExplain(input.email, input.password, safeCallbackPath(input.callbackUrl), input.code);
});

/** The one answer to a new and to an already registered address: sign in (the owner has been emailed). */
const afterRegistering = `/login?registered=1&callbackUrl=${encodeURIComponent("/patient?welcome=1")}`;

export const registerAsPatient = publicAction(registerPatientSchema, async (input) => {
  const ip = clientIp(await headers());
  await admitRegistration(ip);
  await registerPatient(input, ip);
  redirect(afterRegistering);
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

export const signOutEverywhere = policyAction(
  sessionsPolicy,
  "session.end_all_own",
  z.object({}),
  async (_input, actor) => {
    await endAllOwnSessions(actor);
    await signOut({ redirectTo: "/login?signedOutEverywhere=1" });
  },
);
