import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { CreateAdminForm } from "./create-admin-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.newAdmin"))("title") };
}

export default async function NewAdminPage() {
  await requireRole("ADMIN");
  const t = await getTranslations("admin.newAdmin");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href="/admin/users" className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <CreateAdminForm />
    </div>
  );
}
