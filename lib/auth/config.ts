// The part of the Auth.js configuration that needs no database: shared by proxy.ts (cheap
// redirect of signed-out visitors) and lib/auth/auth.ts (the full configuration, which also checks
// the session's row on every request).
import type { NextAuthConfig } from "next-auth";
import { SESSION_LIFETIME_SECONDS } from "@/lib/sessions/lifetime";

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = user.sessionId; // the sessions row getActor and the full callback check
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.role) session.user.role = token.role;
      if (token.sid) session.user.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
