import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { listSpecialties } from "@/lib/specialties/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateDoctorForm } from "./create-doctor-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.newDoctor"))("title") };
}

export default async function NewDoctorPage() {
  await requireRole("ADMIN");
  const [specialties, format, t] = await Promise.all([
    listSpecialties(),
    getFormat(),
    getTranslations("admin.newDoctor"),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/admin/users" className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      {specialties.length ? (
        <CreateDoctorForm specialties={specialties} currency={format.currencySymbol()} />
      ) : (
        <EmptyState title={t("noSpecialties")}>
          <Link href="/admin/specialties" className="font-medium text-teal-800 underline">
            {t("addSpecialtyFirst")}
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
