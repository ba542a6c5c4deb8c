import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { getPatientAppointment } from "@/lib/appointments/queries";
import { appointmentIcs } from "@/lib/calendar/appointment-ics";
import { getClinicSettings } from "@/lib/settings/queries";

/** "Add to calendar": the patient's own appointment as an .ics file. */
export async function GET(_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to download this calendar file.", { status: 401 });
  if (actor.role !== "PATIENT" || !actor.patientId) return new Response("Forbidden", { status: 403 });
  const { appointmentId } = await params;
  if (!z.uuid().safeParse(appointmentId).success) return new Response("Not found", { status: 404 });
  const appointment = await getPatientAppointment(appointmentId, actor.patientId);
  if (!appointment) return new Response("Not found", { status: 404 });
  const clinic = await getClinicSettings();
  const body = appointmentIcs({
    id: appointment.id,
    sequence: appointment.sequence,
    cancelled: appointment.status === "CANCELLED" || appointment.status === "REJECTED",
    start: appointment.startsAt,
    end: appointment.endsAt,
    summary: `${clinic.name}: appointment with ${appointment.doctor.user.name}`,
    location: [appointment.doctor.location, clinic.address].filter(Boolean).join(", ") || null,
    description: `${appointment.doctor.specialty.name}. Reason: ${appointment.reason}`,
    clinicName: clinic.name,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="appointment-${appointment.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
