import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    /** The sessions row started by this sign-in (lib/sessions). */
    sessionId?: string;
  }
  interface Session {
    /** sessionId: missing from a cookie issued before sessions were recorded, which opens nothing. */
    user: { id: string; role: Role; sessionId?: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sid?: string;
  }
}
