import { SiteHeader } from "@/components/shell/site-header";
import { shellActions } from "@/app/shell-actions";
import { requireSignedIn } from "@/lib/auth/session";

/** Pages about one's own account, the same for every role (and open before a second factor is set up). */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireSignedIn();
  return (
    <>
      <SiteHeader actor={actor} actions={shellActions} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
