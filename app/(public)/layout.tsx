import { getActor } from "@/lib/auth/session";
import { SiteHeader } from "@/components/shell/site-header";
import { shellActions } from "@/app/shell-actions";

/** Pages reached from emails, without signing in. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader actor={await getActor()} actions={shellActions} />
      <main id="main" className="mx-auto w-full max-w-4xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
