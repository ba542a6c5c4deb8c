import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { translateMessage } from "@/lib/i18n/message";
import { linkProblemMessage, type LinkProblem } from "@/lib/appointments/email-links";

export async function LinkProblemNotice({ problem }: { problem: LinkProblem }) {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("public.linkProblem.title")}</h1>
      <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950" data-testid="link-problem">
        {translateMessage(t, linkProblemMessage[problem])}
      </p>
      <p>
        <Link href="/login?callbackUrl=%2Fpatient" className="font-medium text-teal-800 underline">
          {t("public.linkProblem.signIn")}
        </Link>
      </p>
    </div>
  );
}
