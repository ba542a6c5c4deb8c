import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { SiteHeader } from "@/components/shell/site-header";
import { shellActions } from "@/app/shell-actions";

/** Pages every signed-in role has (one's own account), in that role's shell. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get("x-pathname") ?? "/account";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return (
    <>
      <SiteHeader actor={actor} actions={shellActions} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
