import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { getDoctorProfileForEdit } from "@/lib/doctors/profile";
import { ProfileForm } from "@/components/doctor/profile-form";
import { CalendarFeedForm } from "../_components/calendar-feed-form";
import { updateProfileAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("doctor.profile"))("title") };
}

export default async function ProfilePage() {
  const actor = await requireRole("DOCTOR");
  const [t, format] = await Promise.all([getTranslations("doctor.profile"), getFormat()]);
  const data = actor.doctorId ? await getDoctorProfileForEdit(actor, actor.doctorId) : null;
  if (!data) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </div>
      <ProfileForm
        profile={data.profile}
        specialties={data.specialties}
        action={updateProfileAction}
        currency={format.currencySymbol()}
      />
      <section aria-labelledby="feed-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="feed-heading" className="text-lg font-semibold">
          {t("feed")}
        </h2>
        <p className="text-sm text-slate-700">{t("feedIntro")}</p>
        <p className="text-sm text-slate-700" data-testid="feed-state">
          {data.hasCalendarFeed ? t("feedActive") : t("feedNone")}
        </p>
        <CalendarFeedForm doctorId={data.profile.id} hasFeed={data.hasCalendarFeed} />
      </section>
    </div>
  );
}
