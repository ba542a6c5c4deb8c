import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { getPatientAppointment } from "@/lib/appointments/queries";

/** For patient pages: the appointment in the URL if it is the patient's own, else the 404 page. */
export async function requireOwnAppointment(actor: Actor, appointmentId: string) {
  if (!actor.patientId || !z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getPatientAppointment(appointmentId, actor.patientId);
  if (!appointment) notFound();
  return appointment;
}
