import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WithMessages } from "@/components/i18n/with-messages";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <WithMessages namespaces={["auth"]}>
        <ForgotPasswordForm />
      </WithMessages>
      <p className="text-sm text-slate-600">
        <Link href="/login" className="font-medium text-teal-800 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
