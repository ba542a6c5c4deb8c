import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WithMessages } from "@/components/i18n/with-messages";
import { isUsablePasswordToken } from "@/lib/users/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

// The token is a credential: keep it out of search engines and other sites' Referer logs.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("auth.reset"))("title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [usable, t] = await Promise.all([isUsablePasswordToken(token), getTranslations("auth.reset")]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {usable ? (
        <WithMessages namespaces={["auth"]}>
          <ResetPasswordForm token={token} />
        </WithMessages>
      ) : (
        <>
          <p
            className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
            data-testid="reset-link-unusable"
          >
            {t("unusable")}
          </p>
          <Link href="/forgot-password" className="font-medium text-teal-800 underline">
            {t("askAgain")}
          </Link>
        </>
      )}
    </div>
  );
}
