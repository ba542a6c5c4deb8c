import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getDoctorProfile } from "@/lib/doctors/search";
import { bookingLink } from "@/lib/appointments/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { getFormat } from "@/lib/language/server";
import { WeekSlotsSection } from "@/components/booking/week-slots-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("booking.doctor"))("title") };
}

export default async function DoctorPage({
  params,
  searchParams,
}: {
  params: Promise<{ doctorId: string }>;
  searchParams: Promise<{ week?: string }>;
}) {
  await requireRole("PATIENT");
  const [{ doctorId }, { week }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(doctorId).success) notFound();
  const doctor = await getDoctorProfile(doctorId);
  if (!doctor) notFound();
  const [settings, t, format] = await Promise.all([
    getSchedulingSettings(),
    getTranslations("booking.doctor"),
    getFormat(),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/patient/doctors" className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h1 className="text-2xl font-semibold">{doctor.user.name}</h1>
        <p className="text-slate-700">
          {doctor.specialty.name} · {t("experience", { years: doctor.yearsOfExperience })} ·{" "}
          {t("feePerVisit", { fee: format.money(doctor.feeCents) })} · {t("minutes", { minutes: doctor.slotMinutes })}
        </p>
        {doctor.location ? <p className="text-sm text-slate-600">{doctor.location}</p> : null}
        {doctor.bio ? <p className="mt-3 max-w-prose text-slate-700">{doctor.bio}</p> : null}
      </section>
      {doctor.acceptingPatients ? (
        <WeekSlotsSection
          doctorId={doctor.id}
          settings={settings}
          week={week}
          query={{ purpose: "new" }}
          slotHref={bookingLink(doctor.id)}
          weekHref={(monday) => `/patient/doctors/${doctor.id}?week=${monday}`}
        />
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">
          {t("notTaking", { name: doctor.user.name })}
        </p>
      )}
    </div>
  );
}
