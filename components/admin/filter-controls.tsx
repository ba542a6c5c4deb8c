import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Plain GET forms: filters live in the URL, so a filtered view can be bookmarked and exported.
export const filterInputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30";

export function FilterField({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

export async function FilterForm({
  action,
  label,
  children,
  clearHref,
}: {
  action: string;
  label: string;
  children: React.ReactNode;
  clearHref: string;
}) {
  const t = await getTranslations("admin.filters");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {children}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800">
          {t("apply")}
        </button>
        <Link href={clearHref} className="rounded-md px-3 py-2 text-sm text-slate-700 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

/** "From" and "To" local dates, the range every admin list and report filters on. */
export async function DateRangeFields({ from, to }: { from: string | undefined; to: string | undefined }) {
  const t = await getTranslations("admin.filters");
  return (
    <>
      <FilterField id="from" label={t("fromDate")}>
        <input id="from" name="from" type="date" defaultValue={from} className={filterInputClass} />
      </FilterField>
      <FilterField id="to" label={t("toDate")}>
        <input id="to" name="to" type="date" defaultValue={to} className={filterInputClass} />
      </FilterField>
    </>
  );
}
