import type { FormAction } from "@/lib/actions/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireRole } from "@/lib/auth/session";
import { SiteHeader } from "./site-header";

/** The guarded shell of a role area: sign-in redirect or 403 before anything is rendered. */
export async function RoleLayout({
  role,
  signOut,
  children,
}: {
  role: Role;
  signOut: FormAction;
  children: React.ReactNode;
}) {
  const actor = await requireRole(role);
  return (
    <>
      <SiteHeader actor={actor} signOut={signOut} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
