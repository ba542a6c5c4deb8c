import "server-only";
import { getDb } from "@/lib/db/client";
import { profileFactsSelect } from "./profile-fields";
import { NotFound } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { patientPolicy } from "./policy";

/**
 * Everything the clinic holds that the patient may see, as one JSON document (the right of access):
 * the account, the profile, every appointment, and the doctors' notes on visits that took place.
 * Notes on visits that did not happen are working notes of the clinic and stay out. Audited.
 */
export async function exportPatientData(actor: Actor, now = new Date()) {
  if (!actor.patientId) throw new NotFound();
  patientPolicy.assertCan(actor, "patient.edit_profile", { patientId: actor.patientId });
  const db = getDb();
  const profile = await db.patientProfile.findUnique({
    where: { id: actor.patientId },
    select: {
      ...profileFactsSelect,
      reminderChannel: true,
      createdAt: true,
      user: { select: { name: true, email: true, locale: true, createdAt: true } },
      appointments: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          status: true,
          reason: true,
          cancellationReason: true,
          feeCents: true,
          doctor: { select: { user: { select: { name: true } }, specialty: { select: { name: true } } } },
          notes: {
            where: { appointment: { status: "COMPLETED" } },
            orderBy: { createdAt: "asc" },
            select: { body: true, createdAt: true, updatedAt: true, author: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!profile) throw new NotFound();
  await recordAudit({ actorId: actor.id, action: "user.export", entityType: "patient", entityId: actor.patientId });
  const { user, appointments, dateOfBirth, ...details } = profile;
  return {
    exportedAt: now.toISOString(),
    account: { name: user.name, email: user.email, language: user.locale, createdAt: user.createdAt.toISOString() },
    profile: {
      ...details,
      dateOfBirth: dateOfBirth.toISOString().slice(0, 10),
      createdAt: details.createdAt.toISOString(),
    },
    appointments: appointments.map(({ doctor, notes, ...a }) => ({
      ...a,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      doctor: doctor.user.name,
      specialty: doctor.specialty.name,
      notes: notes.map((n) => ({
        author: n.author.name,
        body: n.body,
        writtenAt: n.createdAt.toISOString(),
        editedAt: n.updatedAt.toISOString(),
      })),
    })),
  };
}
