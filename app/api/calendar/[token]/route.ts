import { doctorFeedIcs } from "@/lib/calendar/doctor-feed";
import { findDoctorByFeedToken, listFeedAppointments } from "@/lib/doctors/calendar-feed";
import { getClinicSettings } from "@/lib/settings/queries";

/**
 * A doctor's private calendar feed. Calendar apps fetch it without a session, so the secret in the
 * URL is the only key: an unknown, old (regenerated) or malformed token is simply not found.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const doctor = await findDoctorByFeedToken(token.replace(/\.ics$/, ""));
  if (!doctor) return new Response("Not found", { status: 404 });
  const [clinic, appointments] = await Promise.all([getClinicSettings(), listFeedAppointments(doctor.id, new Date())]);
  const body = doctorFeedIcs({
    clinicName: clinic.name,
    doctorName: doctor.user.name,
    location: [doctor.location, clinic.address].filter(Boolean).join(", ") || null,
    appointments: appointments.map((a) => ({ id: a.id, sequence: a.sequence, start: a.startsAt, end: a.endsAt, status: a.status, patientName: a.patient.user.name })),
  });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" },
  });
}
