"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("client.error");
  useEffect(() => console.error(error), [error]);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center" data-testid="error-page">
      <p className="text-sm font-semibold text-teal-800">500</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500">{t("reference", { digest: error.digest })}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
      >
        {t("retry")}
      </button>
    </main>
  );
}
