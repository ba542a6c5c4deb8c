import Link from "next/link";

/** Newer / older page links under a long list; nothing when everything fits on one page. */
export function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";
  return (
    <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={hrefFor(page - 1)} className={link}>← Newer</Link> : null}
      <span className="text-slate-600">Page {page} of {pages}</span>
      {page < pages ? <Link href={hrefFor(page + 1)} className={link}>Older →</Link> : null}
    </nav>
  );
}
