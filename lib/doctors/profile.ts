import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { isMissingRecord, isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { doctorPolicy } from "./policy";
import type { ProfileFormInput } from "./schemas";

/** The profile for its editor (null when the actor may not edit it). Never the feed token itself. */
export async function getDoctorProfileForEdit(actor: Actor, doctorId: string) {
  if (!doctorPolicy.can(actor, "doctor.manage", { doctorId })) return null;
  const db = getDb();
  const [doctor, specialties] = await Promise.all([
    db.doctorProfile.findUnique({
      where: { id: doctorId },
      select: {
        id: true,
        specialtyId: true,
        licenseNumber: true,
        yearsOfExperience: true,
        feeCents: true,
        location: true,
        bio: true,
        acceptingPatients: true,
        calendarToken: true,
      },
    }),
    db.specialty.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  if (!doctor) return null;
  const { calendarToken, ...profile } = doctor;
  return { profile, specialties, hasCalendarFeed: calendarToken !== null };
}

/**
 * Saves the professional profile. Turning "accepting new patients" off stops new bookings only:
 * the availability service offers no new slots, while existing appointments stay as they are.
 */
export async function updateDoctorProfile(actor: Actor, input: ProfileFormInput): Promise<void> {
  doctorPolicy.assertCan(actor, "doctor.manage", { doctorId: input.doctorId });
  const specialty = await getDb().specialty.findUnique({ where: { id: input.specialtyId }, select: { id: true } });
  if (!specialty) throw new DomainError("errors.doctors.specialty", "specialtyId");
  try {
    await getDb().$transaction(async (tx) => {
      await tx.doctorProfile.update({
        where: { id: input.doctorId },
        data: {
          specialtyId: input.specialtyId,
          licenseNumber: input.licenseNumber,
          yearsOfExperience: input.yearsOfExperience,
          feeCents: input.fee,
          location: input.location || null,
          bio: input.bio || null,
          acceptingPatients: input.acceptingPatients,
        },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "doctor.profile.update",
          entityType: "doctor",
          entityId: input.doctorId,
          detail: { acceptingPatients: input.acceptingPatients },
        },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("errors.doctors.licenceTaken", "licenseNumber");
    if (isMissingRecord(error)) throw new DomainError("errors.doctors.noDoctor"); // an admin's stale or forged id
    throw error;
  }
}
