import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("public.notFound");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center" data-testid="not-found-page">
      <p className="text-sm font-semibold text-teal-800">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
      >
        {t("home")}
      </Link>
    </main>
  );
}
