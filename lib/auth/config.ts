// The part of the Auth.js configuration that needs no database: shared by proxy.ts (cheap
// redirect of signed-out visitors) and lib/auth/auth.ts (the full configuration).
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        token.signedInAt = Date.now(); // compared with users.sessions_valid_from by getActor
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.role) session.user.role = token.role;
      session.user.signedInAt = token.signedInAt ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
