import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listSpecialtiesWithUse } from "@/lib/specialties/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { WithMessages } from "@/components/i18n/with-messages";
import { CreateSpecialtyForm, SpecialtyRow } from "./specialty-forms";
import { SynonymsForm } from "./synonyms-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.specialties"))("title") };
}

export default async function SpecialtiesPage() {
  await requireRole("ADMIN");
  const [specialties, t] = await Promise.all([listSpecialtiesWithUse(), getTranslations("admin.specialties")]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <CreateSpecialtyForm />
      {specialties.length ? (
        <WithMessages namespaces={["admin"]}>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {specialties.map((s) => (
              <SpecialtyRow key={s.id} id={s.id} name={s.name} doctors={s._count.doctors}>
                <SynonymsForm id={s.id} name={s.name} synonyms={s.synonyms} />
              </SpecialtyRow>
            ))}
          </ul>
        </WithMessages>
      ) : (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      )}
    </div>
  );
}
