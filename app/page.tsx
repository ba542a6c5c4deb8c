import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { roleHome } from "@/lib/auth/roles";
import { listActiveDoctors } from "@/lib/doctors/queries";
import { getClinicSettings } from "@/lib/settings/queries";
import { SiteHeader } from "@/components/shell/site-header";
import { shellActions } from "@/app/shell-actions";
import { EmptyState } from "@/components/ui/empty-state";

export default async function Home() {
  const actor = await getActor();
  if (actor) redirect(roleHome[actor.role]);
  const [clinic, doctors, t, tDoctor] = await Promise.all([
    getClinicSettings(),
    listActiveDoctors(),
    getTranslations("public.home"),
    getTranslations("booking.doctor"),
  ]);
  const specialties = [...new Set(doctors.map((d) => d.specialty.name))];
  return (
    <>
      <SiteHeader actor={null} actions={shellActions} />
      <main id="main" className="mx-auto max-w-6xl space-y-10 px-4 py-10">
        <section className="space-y-4">
          <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{clinic.name}</h1>
          <p className="max-w-2xl text-lg text-slate-700">{t("intro")}</p>
          {clinic.address ? (
            <p className="text-slate-600">
              {clinic.address}
              {clinic.phone ? ` · ${clinic.phone}` : ""}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Link
              href="/register"
              className="rounded-md bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800"
            >
              {t("createAccount")}
            </Link>
            <Link
              href="/login"
              className="rounded-md border border-slate-300 bg-white px-5 py-2.5 font-semibold text-slate-800 hover:bg-slate-100"
            >
              {t("signIn")}
            </Link>
          </div>
        </section>
        <section aria-labelledby="team-heading" className="space-y-4">
          <h2 id="team-heading" className="text-xl font-semibold">
            {t("team")}
          </h2>
          {specialties.length ? <p className="text-slate-600">{specialties.join(" · ")}</p> : null}
          {doctors.length ? (
            <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {doctors.map((d) => (
                <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <p className="font-semibold">{d.user.name}</p>
                  <p className="text-sm text-slate-700">{d.specialty.name}</p>
                  <p className="text-sm text-slate-600">
                    {tDoctor("experience", { years: d.yearsOfExperience })}
                    {d.location ? ` · ${d.location}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noDoctors")} />
          )}
        </section>
      </main>
    </>
  );
}
