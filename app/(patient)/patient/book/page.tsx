import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getDoctorProfile } from "@/lib/doctors/search";
import { findOfferedSlot, nearestFreeSlots } from "@/lib/availability/service";
import { slotStartSchema } from "@/lib/appointments/schemas";
import { bookingLink } from "@/lib/appointments/slot-errors";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { SlotGone } from "@/components/booking/slot-gone";
import { BookingForm } from "./booking-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("booking.confirm"))("title") };
}

const paramsSchema = z.object({ doctor: z.uuid(), start: slotStartSchema });

export default async function ConfirmBooking({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireRole("PATIENT");
  const parsed = paramsSchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const doctor = await getDoctorProfile(parsed.data.doctor);
  if (!doctor) notFound();
  const [settings, t] = await Promise.all([getSchedulingSettings(), getTranslations("booking.confirm")]);
  const now = new Date();
  const wanted = new Date(parsed.data.start);
  const query = { purpose: "new" } as const;
  const slot = await findOfferedSlot(doctor.id, settings, now, wanted, query);
  const back = `/patient/doctors/${doctor.id}`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link href={back} className="text-sm text-teal-800 underline">
        {t("back", { name: doctor.user.name })}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {slot ? (
        <>
          <AppointmentSummary
            doctorName={doctor.user.name}
            specialty={doctor.specialty.name}
            location={doctor.location}
            start={slot.start}
            end={slot.end}
            timeZone={settings.timeZone}
          />
          {settings.requireDoctorConfirmation ? (
            <p className="text-sm text-slate-600">{t("needsConfirmation")}</p>
          ) : null}
          <BookingForm
            doctorId={doctor.id}
            start={slot.start.toISOString()}
            labels={{
              form: t("formLabel"),
              reason: t("reason"),
              reasonHint: t("reasonHint"),
              submit: t("submit"),
              submitting: t("submitting"),
            }}
          />
        </>
      ) : (
        <SlotGone
          nearest={await nearestFreeSlots(doctor.id, settings, now, wanted, query)}
          timeZone={settings.timeZone}
          hrefFor={bookingLink(doctor.id)}
          backHref={back}
        />
      )}
    </div>
  );
}
