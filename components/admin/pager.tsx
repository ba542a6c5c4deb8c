import Link from "next/link";

/** Previous / next links for a server-paginated table; `hrefFor` keeps the current filters. */
export function Pager({ page, pageCount, total, noun, hrefFor }: { page: number; pageCount: number; total: number; noun: [one: string, many: string]; hrefFor: (page: number) => string }) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p aria-live="polite">
        {total === 1 ? `1 ${noun[0]}` : `${total} ${noun[1]}`} · page {Math.min(page, pageCount)} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? <Link href={hrefFor(page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">← Previous</Link> : null}
        {page < pageCount ? <Link href={hrefFor(page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">Next →</Link> : null}
      </div>
    </nav>
  );
}
