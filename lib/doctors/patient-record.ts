import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { appointmentFacts, visitNotesSelect } from "@/lib/appointments/selects";
import { CARE_STATUSES } from "./policy";

/**
 * A patient's clinical facts and their visits with this doctor, only for a doctor in their care
 * (an appointment in CARE_STATUSES; else null: the page answers 403). Every read is audited.
 */
export async function getPatientRecordForDoctor(actor: Actor, patientId: string) {
  if (actor.role !== "DOCTOR" || !actor.doctorId) return null;
  const db = getDb();
  const doctorId = actor.doctorId;
  const [patient, appointments] = await Promise.all([
    db.patientProfile.findFirst({
      // Scoped in the query: the patient must have a live or past visit with this doctor.
      where: { id: patientId, appointments: { some: { doctorId, status: { in: [...CARE_STATUSES] } } } },
      select: { id: true, dateOfBirth: true, bloodGroup: true, allergies: true, medicalHistory: true, phone: true, user: { select: { name: true, email: true } } },
    }),
    db.appointment.findMany({
      where: { patientId, doctorId },
      orderBy: { startsAt: "desc" },
      select: { ...appointmentFacts, notes: visitNotesSelect },
    }),
  ]);
  if (!patient) {
    await recordAudit({ actorId: actor.id, action: "patient.view_denied", entityType: "patient", entityId: patientId });
    return null;
  }
  await recordAudit({ actorId: actor.id, action: "patient.view", entityType: "patient", entityId: patient.id, detail: { appointments: appointments.length } });
  return { patient, appointments };
}
