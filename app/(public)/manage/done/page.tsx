import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("public.done"))("title") };
}

const results = ["cancelled", "moved"] as const;

export default async function LinkDonePage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const [{ result }, t, tLink] = await Promise.all([
    searchParams,
    getTranslations("public.done"),
    getTranslations("public.linkProblem"),
  ]);
  const known = results.find((r) => r === result);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p
        role="status"
        className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
        data-testid="link-done"
      >
        {known ? t(known) : t("saved")} {t("emailed")}
      </p>
      <p>
        <Link href="/login?callbackUrl=%2Fpatient" className="font-medium text-teal-800 underline">
          {tLink("signIn")}
        </Link>
      </p>
    </div>
  );
}
