import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/users/schemas";
import { verifyCredentials } from "@/lib/users/service";
import { clientIp } from "@/lib/http/client-ip";
import { authConfig } from "./config";

/** Raised for a correct password on a deactivated account; the code reaches the sign-in form. */
class AccountDeactivated extends CredentialsSignin {
  code = "deactivated";
}

/** Raised while an address is refused for too many failed sign-ins (see SIGN_IN_THROTTLE). */
class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = request?.headers ? clientIp(request.headers) : null;
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, ip);
        if (result.ok) return result.user;
        if (result.reason === "deactivated") throw new AccountDeactivated();
        if (result.reason === "throttled") throw new TooManyAttempts();
        return null;
      },
    }),
  ],
});
