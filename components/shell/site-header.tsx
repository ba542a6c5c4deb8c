import Link from "next/link";
import type { FormAction } from "@/lib/actions/form-state";
import type { Actor } from "@/lib/auth/session";
import { getClinicSettings } from "@/lib/settings/queries";
import { navItems, roleLabel } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

/** Clinic name, the role's navigation and the account menu. Collapses into a menu below 640 px. */
export async function SiteHeader({ actor, signOut }: { actor: Actor | null; signOut?: FormAction }) {
  const clinic = await getClinicSettings();
  const items = actor ? navItems[actor.role] : [];
  const links = items.map((item) => (
    <Link
      key={item.href}
      href={item.href}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
    >
      {item.label}
    </Link>
  ));
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-teal-800" data-testid="clinic-name">
          {clinic.name}
        </Link>
        {actor ? (
          <>
            <nav aria-label="Main" className="hidden flex-1 flex-wrap items-center gap-1 sm:flex">
              {links}
            </nav>
            <div className="hidden items-center gap-2 sm:flex">
              <span className="text-sm text-slate-600">
                {actor.name} <span className="text-slate-400">·</span> {roleLabel[actor.role]}
              </span>
              {signOut ? <SignOutButton action={signOut} /> : null}
            </div>
            <details className="relative sm:hidden">
              <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3 py-2 text-sm font-medium">
                Menu
              </summary>
              <div className="absolute right-0 z-10 mt-2 w-60 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
                <p className="px-3 py-1 text-sm text-slate-600">
                  {actor.name} · {roleLabel[actor.role]}
                </p>
                <nav aria-label="Main (mobile)" className="flex flex-col">
                  {links}
                </nav>
                {signOut ? <SignOutButton action={signOut} /> : null}
              </div>
            </details>
          </>
        ) : (
          <nav aria-label="Account" className="flex items-center gap-1">
            <Link href="/login" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
              Sign in
            </Link>
            <Link
              href="/register"
              className="rounded-md bg-teal-700 px-3 py-2 text-sm font-semibold text-white hover:bg-teal-800"
            >
              Register
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
