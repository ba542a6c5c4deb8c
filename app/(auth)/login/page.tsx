import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { roleHome, safeCallbackPath } from "@/lib/auth/roles";
import { WithMessages } from "@/components/i18n/with-messages";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{
    callbackUrl?: string | string[];
    signedOut?: string | string[];
    signedOutEverywhere?: string | string[];
    passwordSet?: string | string[];
    registered?: string | string[];
  }>;
}) {
  const [{ callbackUrl, signedOut, signedOutEverywhere, passwordSet, registered }, actor, t] = await Promise.all([
    searchParams,
    getActor(),
    getTranslations("auth.login"),
  ]);
  if (actor) redirect(safeCallbackPath(callbackUrl, roleHome[actor.role]));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {signedOut || signedOutEverywhere ? (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {t(signedOutEverywhere ? "signedOutEverywhere" : "signedOut")}
        </p>
      ) : null}
      {registered ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="registered"
        >
          {t("registered")}
        </p>
      ) : null}
      {passwordSet ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="password-set"
        >
          {t("passwordSet")}
        </p>
      ) : null}
      <WithMessages namespaces={["auth"]}>
        <LoginForm callbackUrl={callbackUrl ? safeCallbackPath(callbackUrl) : undefined} />
      </WithMessages>
      <p className="text-sm">
        <Link href="/forgot-password" className="font-medium text-teal-800 underline">
          {t("forgot")}
        </Link>
      </p>
      <p className="text-sm text-slate-600">
        {t("newPatient")}{" "}
        <Link href="/register" className="font-medium text-teal-800 underline">
          {t("createAccount")}
        </Link>
      </p>
    </div>
  );
}
