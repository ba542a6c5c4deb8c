import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "./button";

/**
 * Previous / next links under a server-paginated list; `hrefFor` keeps the current filters. With
 * `counted`, the count is shown too ("27 users · page 2 of 2").
 */
export function Pager({
  page,
  pageCount,
  hrefFor,
  counted,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** "27 users": the count in the caller's words (already translated). */
  counted?: string;
}) {
  const t = useTranslations("client");
  const current = Math.min(page, pageCount);
  if (!counted && pageCount <= 1) return null;
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p aria-live="polite" className="text-slate-700">
        {counted ? `${counted} · ` : ""}
        {t("pageOf", { page: current, pageCount })}
      </p>
      <div className="flex gap-2">
        {current > 1 ? (
          <Link href={hrefFor(current - 1)} className={buttonClass("secondary", "sm")}>
            {t("previous")}
          </Link>
        ) : null}
        {current < pageCount ? (
          <Link href={hrefFor(current + 1)} className={buttonClass("secondary", "sm")}>
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
