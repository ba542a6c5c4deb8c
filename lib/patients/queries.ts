import "server-only";
import { getDb } from "@/lib/db/client";
import { profileFactsSelect } from "./profile-fields";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { listPatientVisits, listVisitsWithDoctor } from "@/lib/appointments/queries";
import { CARE_STATUSES, patientPolicy } from "./policy";

/**
 * A patient's full profile and appointment history for an administrator. Reading medical data is
 * audited: the entry is written before the data is returned.
 */
export async function readPatientForAdmin(actor: Actor, patientId: string) {
  patientPolicy.assertCan(actor, "patient.view_record", { inCare: false });
  const db = getDb();
  const patient = await db.patientProfile.findUnique({
    where: { id: patientId },
    select: {
      id: true,
      ...profileFactsSelect,
      user: { select: { id: true, name: true, email: true, active: true, createdAt: true } },
    },
  });
  if (!patient) return null;
  await recordAudit({
    actorId: actor.id,
    action: "patient.view",
    entityType: "patient",
    entityId: patient.id,
    detail: { userId: patient.user.id },
  });
  const appointments = await listPatientVisits(patientId);
  return { patient, appointments };
}

/**
 * A patient's clinical facts and their visits with this doctor, only for a doctor in their care
 * (an appointment in CARE_STATUSES; else null: the page answers 403). Every read is audited.
 */
export async function getPatientRecordForDoctor(actor: Actor, patientId: string) {
  patientPolicy.assertRole(actor, "patient.view_record");
  if (actor.role !== "DOCTOR" || !actor.doctorId) return null;
  const db = getDb();
  const doctorId = actor.doctorId;
  const [patient, appointments] = await Promise.all([
    db.patientProfile.findFirst({
      // Scoped in the query: the patient must have a live or past visit with this doctor.
      where: { id: patientId, appointments: { some: { doctorId, status: { in: [...CARE_STATUSES] } } } },
      select: {
        id: true,
        dateOfBirth: true,
        bloodGroup: true,
        allergies: true,
        medicalHistory: true,
        phone: true,
        user: { select: { name: true, email: true } },
      },
    }),
    listVisitsWithDoctor(patientId, doctorId),
  ]);
  if (!patient) {
    await recordAudit({ actorId: actor.id, action: "patient.view_denied", entityType: "patient", entityId: patientId });
    return null;
  }
  await recordAudit({
    actorId: actor.id,
    action: "patient.view",
    entityType: "patient",
    entityId: patient.id,
    detail: { appointments: appointments.length },
  });
  return { patient, appointments };
}
