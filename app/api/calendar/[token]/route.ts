import { z } from "@/lib/i18n/zod";
import { doctorFeedIcs } from "@/lib/calendar/doctor-feed";
import { listFeedAppointments } from "@/lib/appointments/queries";
import { findDoctorByFeedToken } from "@/lib/doctors/calendar-feed";
import { translatorFor } from "@/lib/i18n/translator";
import { NotFound } from "@/lib/errors/domain-error";
import { route } from "@/lib/routes/route";
import { getClinicSettings } from "@/lib/settings/queries";

/**
 * A doctor's private calendar feed. Calendar apps fetch it without a session, so the secret in the
 * URL is the only key: an unknown, old (regenerated) or malformed token is simply not found.
 */
export const GET = route({ access: "public", params: z.object({ token: z.string().max(100) }) }, async ({ params }) => {
  const doctor = await findDoctorByFeedToken(params.token.replace(/\.ics$/, ""));
  if (!doctor) throw new NotFound();
  const [clinic, appointments] = await Promise.all([getClinicSettings(), listFeedAppointments(doctor.id, new Date())]);
  // No session here: the feed speaks the doctor's own language, else the clinic's default.
  const words = await translatorFor(doctor.user.locale ?? clinic.defaultLocale);
  const body = doctorFeedIcs({
    clinicName: clinic.name,
    doctorName: doctor.user.name,
    location: [doctor.location, clinic.address].filter(Boolean).join(", ") || null,
    t: words.t,
    appointments: appointments.map((a) => ({
      id: a.id,
      sequence: a.sequence,
      start: a.startsAt,
      end: a.endsAt,
      status: a.status,
      patientName: a.patient.user.name,
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
});
