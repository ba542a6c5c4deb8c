import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getDoctorAppointment } from "./appointments";

/**
 * For doctor pages: the appointment in the URL if it is this doctor's own, else the 404 page.
 * Opening it reads patient data (reason, notes), so the read is audited.
 */
export async function requireDoctorAppointment(actor: Actor, appointmentId: string) {
  if (!actor.doctorId || !z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getDoctorAppointment(actor, appointmentId);
  if (!appointment) notFound();
  await recordAudit({ actorId: actor.id, action: "appointment.view", entityType: "appointment", entityId: appointment.id, detail: { patientId: appointment.patient.id } });
  return appointment;
}
