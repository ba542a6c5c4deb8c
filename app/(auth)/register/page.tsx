import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WithMessages } from "@/components/i18n/with-messages";
import { getActor } from "@/lib/auth/session";
import { roleHome } from "@/lib/auth/roles";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.register"))("title") };
}

export default async function RegisterPage() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("auth.register")]);
  if (actor) redirect(roleHome[actor.role]);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <WithMessages namespaces={["auth"]}>
        <RegisterForm />
      </WithMessages>
      <p className="text-sm text-slate-600">
        {t("already")}{" "}
        <Link href="/login" className="font-medium text-teal-800 underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
