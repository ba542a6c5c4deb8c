import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/actions/form-state";
import type { Actor } from "@/lib/auth/session";
import { getClinicSettings } from "@/lib/settings/queries";
import { LanguageSwitcher } from "./language-switcher";
import { navItems } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

/** The shell's own actions, passed in by the layouts (components never import a page's actions). */
export type ShellActions = { signOut: FormAction; setLanguage: FormAction };

/** Clinic name, the role's navigation, the language menu and the account menu. Collapses into a menu below 640 px. */
export async function SiteHeader({ actor, actions }: { actor: Actor | null; actions: ShellActions }) {
  const [clinic, t, headerList] = await Promise.all([getClinicSettings(), getTranslations("common"), headers()]);
  const returnTo = headerList.get("x-pathname") ?? "/";
  const items = actor ? navItems[actor.role] : [];
  const links = items.map((item) => (
    <Link
      key={item.href}
      href={item.href}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
    >
      {t(`nav.${item.label}`)}
    </Link>
  ));
  const who = actor ? `${actor.name} · ${t(`roles.${actor.role}`)}` : "";
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-teal-800" data-testid="clinic-name">
          {clinic.name}
        </Link>
        {actor ? (
          <nav aria-label={t("mainNav")} className="hidden flex-1 flex-wrap items-center gap-1 sm:flex">
            {links}
          </nav>
        ) : null}
        <div className="flex items-center gap-2">
          <LanguageSwitcher action={actions.setLanguage} returnTo={returnTo} />
          {actor ? (
            <>
              <div className="hidden items-center gap-2 sm:flex">
                <span className="text-sm text-slate-600">{who}</span>
                <Link
                  href="/account/security"
                  className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
                >
                  {t("security")}
                </Link>
                <SignOutButton action={actions.signOut} label={t("signOut")} pendingLabel={t("signingOut")} />
              </div>
              <details className="relative sm:hidden">
                <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3 py-2 text-sm font-medium">
                  {t("menu")}
                </summary>
                <div className="absolute end-0 z-10 mt-2 w-60 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
                  <p className="px-3 py-1 text-sm text-slate-600">{who}</p>
                  <nav aria-label={t("mainNavMobile")} className="flex flex-col">
                    {links}
                  </nav>
                  <Link
                    href="/account/security"
                    className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
                  >
                    {t("security")}
                  </Link>
                  <SignOutButton action={actions.signOut} label={t("signOut")} pendingLabel={t("signingOut")} />
                </div>
              </details>
            </>
          ) : (
            <nav aria-label={t("accountNav")} className="flex items-center gap-1">
              <Link
                href="/login"
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                {t("signIn")}
              </Link>
              <Link
                href="/register"
                className="rounded-md bg-teal-700 px-3 py-2 text-sm font-semibold text-white hover:bg-teal-800"
              >
                {t("register")}
              </Link>
            </nav>
          )}
        </div>
      </div>
    </header>
  );
}
