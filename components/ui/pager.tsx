import Link from "next/link";
import { buttonClass } from "./button";

/**
 * Previous / next links under a server-paginated list; `hrefFor` keeps the current filters. With
 * `total` and `noun`, the count is shown too ("27 users · page 2 of 2").
 */
export function Pager({
  page,
  pageCount,
  hrefFor,
  total,
  noun,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  total?: number;
  noun?: [one: string, many: string];
}) {
  const current = Math.min(page, pageCount);
  const counted = total !== undefined && noun ? `${total === 1 ? `1 ${noun[0]}` : `${total} ${noun[1]}`} · ` : "";
  if (!counted && pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p aria-live="polite" className="text-slate-700">
        {counted}page {current} of {pageCount}
      </p>
      <div className="flex gap-2">
        {current > 1 ? (
          <Link href={hrefFor(current - 1)} className={buttonClass("secondary", "sm")}>
            ← Previous
          </Link>
        ) : null}
        {current < pageCount ? (
          <Link href={hrefFor(current + 1)} className={buttonClass("secondary", "sm")}>
            Next →
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
