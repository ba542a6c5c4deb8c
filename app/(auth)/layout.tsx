import { SiteHeader } from "@/components/shell/site-header";
import { shellActions } from "@/app/shell-actions";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader actor={null} actions={shellActions} />
      <main id="main" className="mx-auto w-full max-w-md px-4 py-10">
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </main>
    </>
  );
}
