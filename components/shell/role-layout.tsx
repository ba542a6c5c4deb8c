import type { Role } from "@/lib/generated/prisma/enums";
import { requireRole } from "@/lib/auth/session";
import { SiteHeader, type ShellActions } from "./site-header";

/** The guarded shell of a role area: sign-in redirect or 403 before anything is rendered. */
export async function RoleLayout({
  role,
  actions,
  children,
}: {
  role: Role;
  actions: ShellActions;
  children: React.ReactNode;
}) {
  const actor = await requireRole(role);
  return (
    <>
      <SiteHeader actor={actor} actions={actions} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
