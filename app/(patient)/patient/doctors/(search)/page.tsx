import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { doctorSearchSchema } from "@/lib/doctors/schemas";
import { listSpecialties } from "@/lib/specialties/queries";
import { searchDoctors } from "@/lib/doctors/search";
import { getTranslations } from "next-intl/server";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatMoney } from "@/lib/format/datetime";
import { EmptyState } from "@/components/ui/empty-state";
import { NextFreeLabel } from "@/components/booking/next-free-label";

export const metadata: Metadata = { title: "Find a doctor" };

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30";

export default async function FindDoctor({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("PATIENT");
  const search = doctorSearchSchema.parse(await searchParams);
  const settings = await getSchedulingSettings();
  const [specialties, result, t] = await Promise.all([
    listSpecialties(),
    searchDoctors(search, settings, new Date()),
    getTranslations("validation.doctors"),
  ]);
  const feeInverted = search.minFee !== undefined && search.maxFee !== undefined && search.minFee > search.maxFee;
  const pageHref = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...search, page })
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => [k, String(v)]),
    );
    return `/patient/doctors?${params}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Find a doctor</h1>
      <form
        method="get"
        action="/patient/doctors"
        role="search"
        aria-label="Doctors"
        className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            Name or specialty
          </label>
          <input id="q" name="q" type="search" defaultValue={search.q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="specialty" className="text-sm font-medium">
            Specialty
          </label>
          <select id="specialty" name="specialty" defaultValue={search.specialty ?? ""} className={inputClass}>
            <option value="">Any specialty</option>
            {specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="within" className="text-sm font-medium">
            Free within
          </label>
          <select id="within" name="within" defaultValue={search.within?.toString() ?? ""} className={inputClass}>
            <option value="">Any time</option>
            {[1, 3, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {d === 1 ? "1 day" : `${d} days`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="minFee" className="text-sm font-medium">
            Fee from (£)
          </label>
          <input
            id="minFee"
            name="minFee"
            type="number"
            min={0}
            inputMode="numeric"
            defaultValue={search.minFee}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="maxFee" className="text-sm font-medium">
            Fee up to (£)
          </label>
          <input
            id="maxFee"
            name="maxFee"
            type="number"
            min={0}
            inputMode="numeric"
            defaultValue={search.maxFee}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="minYears" className="text-sm font-medium">
            At least (years of experience)
          </label>
          <input
            id="minYears"
            name="minYears"
            type="number"
            min={0}
            inputMode="numeric"
            defaultValue={search.minYears}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="sort" className="text-sm font-medium">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={search.sort} className={inputClass}>
            <option value="next">Soonest free time</option>
            <option value="name">Name</option>
            <option value="fee">Lowest fee</option>
            <option value="experience">Most experience</option>
          </select>
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800">
            Search
          </button>
          <Link href="/patient/doctors" className="rounded-md px-3 py-2 text-sm text-slate-700 underline">
            Clear
          </Link>
        </div>
      </form>

      {feeInverted ? (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="fee-range-inverted"
        >
          {t("feeRangeInverted", { min: search.minFee!, max: search.maxFee! })}
        </p>
      ) : null}
      <p className="text-sm text-slate-600" aria-live="polite">
        {result.total === 1 ? "1 doctor" : `${result.total} doctors`} · times in the clinic&apos;s time zone (
        {settings.timeZone})
      </p>
      {result.doctors.length ? (
        <ul className="space-y-3" data-testid="doctor-results">
          {result.doctors.map((d) => (
            <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <h2 className="text-lg font-semibold">
                    <Link href={`/patient/doctors/${d.id}`} className="text-teal-800 hover:underline">
                      {d.user.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-slate-700">
                    {d.specialty.name} · {d.yearsOfExperience} years&apos; experience · {formatMoney(d.feeCents)}
                  </p>
                  {d.location ? <p className="text-sm text-slate-600">{d.location}</p> : null}
                  <p className="mt-1 text-sm">
                    <NextFreeLabel start={d.nextFree?.start ?? null} timeZone={settings.timeZone} />
                  </p>
                </div>
                <Link
                  href={`/patient/doctors/${d.id}`}
                  className="self-start rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800"
                >
                  See times<span className="sr-only"> for {d.user.name}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No doctors match">Try fewer filters, or a wider &ldquo;free within&rdquo; range.</EmptyState>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className="underline">
              Previous page
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {result.page} of {result.pageCount}
          </span>
          {result.page < result.pageCount ? (
            <Link href={pageHref(result.page + 1)} className="underline">
              Next page
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
