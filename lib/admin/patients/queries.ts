import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";

/**
 * A patient's full profile and appointment history for an administrator. Reading medical data is
 * audited: the entry is written before the data is returned.
 */
export async function readPatientForAdmin(actor: Actor, patientId: string) {
  const db = getDb();
  const patient = await db.patientProfile.findUnique({
    where: { id: patientId },
    select: {
      id: true,
      phone: true,
      dateOfBirth: true,
      address: true,
      emergencyName: true,
      emergencyPhone: true,
      bloodGroup: true,
      allergies: true,
      medicalHistory: true,
      insuranceNumber: true,
      user: { select: { id: true, name: true, email: true, active: true, createdAt: true } },
    },
  });
  if (!patient) return null;
  await recordAudit({ actorId: actor.id, action: "patient.read", entityType: "patient", entityId: patient.id, detail: { userId: patient.user.id } });
  const appointments = await db.appointment.findMany({
    where: { patientId },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, startsAt: true, status: true, reason: true, doctor: { select: { user: { select: { name: true } }, specialty: { select: { name: true } } } } },
  });
  return { patient, appointments };
}
