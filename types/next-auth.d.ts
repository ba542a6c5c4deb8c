import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
  }
  interface Session {
    /** signedInAt: epoch ms of the sign-in (0 for a token issued before it was recorded). */
    user: { id: string; role: Role; signedInAt: number } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    signedInAt?: number;
  }
}
