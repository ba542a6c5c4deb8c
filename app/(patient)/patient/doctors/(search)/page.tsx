import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { doctorSearchSchema } from "@/lib/doctors/schemas";
import { listSpecialties } from "@/lib/specialties/queries";
import { searchDoctors } from "@/lib/doctors/search";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { getFormat } from "@/lib/language/server";
import { EmptyState } from "@/components/ui/empty-state";
import { NextFreeLabel } from "@/components/booking/next-free-label";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("booking.search"))("title") };
}

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
  const [specialties, result, t, tDoctor, format] = await Promise.all([
    listSpecialties(),
    searchDoctors(search, settings, new Date()),
    getTranslations("booking.search"),
    getTranslations("booking.doctor"),
    getFormat(settings.timeZone),
  ]);
  const currency = format.currencySymbol();
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
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form
        method="get"
        action="/patient/doctors"
        role="search"
        aria-label={t("formLabel")}
        className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            {t("query")}
          </label>
          <input id="q" name="q" type="search" defaultValue={search.q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="specialty" className="text-sm font-medium">
            {t("specialty")}
          </label>
          <select id="specialty" name="specialty" defaultValue={search.specialty ?? ""} className={inputClass}>
            <option value="">{t("anySpecialty")}</option>
            {specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="within" className="text-sm font-medium">
            {t("within")}
          </label>
          <select id="within" name="within" defaultValue={search.within?.toString() ?? ""} className={inputClass}>
            <option value="">{t("anyTime")}</option>
            {[1, 3, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {t("days", { count: d })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="minFee" className="text-sm font-medium">
            {t("minFee", { currency })}
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
            {t("maxFee", { currency })}
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
            {t("minYears")}
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
            {t("sort")}
          </label>
          <select id="sort" name="sort" defaultValue={search.sort} className={inputClass}>
            <option value="next">{t("sortNext")}</option>
            <option value="name">{t("sortName")}</option>
            <option value="fee">{t("sortFee")}</option>
            <option value="experience">{t("sortExperience")}</option>
          </select>
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800">
            {t("submit")}
          </button>
          <Link href="/patient/doctors" className="rounded-md px-3 py-2 text-sm text-slate-700 underline">
            {t("clear")}
          </Link>
        </div>
      </form>

      <p className="text-sm text-slate-600" aria-live="polite">
        {t("count", { count: result.total, zone: settings.timeZone })}
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
                    {d.specialty.name} · {tDoctor("experience", { years: d.yearsOfExperience })} ·{" "}
                    {format.money(d.feeCents)}
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
                  {t("seeTimes")}
                  <span className="sr-only">{t("seeTimesFor", { name: d.user.name })}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("noMatch")}>{t("noMatchHint")}</EmptyState>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className="underline">
              {t("previousPage")}
            </Link>
          ) : (
            <span />
          )}
          <span>{t("pageOf", { page: result.page, pageCount: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <Link href={pageHref(result.page + 1)} className="underline">
              {t("nextPage")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
