import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/users/schemas";
import { verifyCredentials } from "@/lib/users/service";
import { clientIp } from "@/lib/http/client-ip";
import { checkSecondFactor } from "@/lib/mfa/service";
import { authConfig } from "./config";

/** Raised for a correct password on a deactivated account; the code reaches the sign-in form. */
class AccountDeactivated extends CredentialsSignin {
  code = "deactivated";
}

/** Raised while an address is refused for too many failed sign-ins (see SIGN_IN_THROTTLE). */
class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
}

/** The password was right and the account has a second factor: the form asks for its code. */
class SecondFactorRequired extends CredentialsSignin {
  code = "mfa_required";
}

/** The code was wrong, already used, or its window has passed. */
class SecondFactorWrong extends CredentialsSignin {
  code = "mfa_wrong";
}

/** Too many wrong codes for this account lately (see SECOND_FACTOR_THROTTLE). */
class SecondFactorThrottled extends CredentialsSignin {
  code = "mfa_throttled";
}

const secondFactorRefusal = {
  missing: SecondFactorRequired,
  wrong: SecondFactorWrong,
  throttled: SecondFactorThrottled,
} as const;

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = request?.headers ? clientIp(request.headers) : null;
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, ip);
        if (result.ok) {
          // No session exists until the second factor, when enrolled, is right too.
          const second = await checkSecondFactor(result.user.id, parsed.data.code, ip);
          if (second === "ok" || second === "not_enrolled") return result.user;
          throw new secondFactorRefusal[second]();
        }
        if (result.reason === "deactivated") throw new AccountDeactivated();
        if (result.reason === "throttled") throw new TooManyAttempts();
        return null;
      },
    }),
  ],
});
