import "server-only";
import { getDb } from "@/lib/db/client";
import { profileFactsSelect } from "./profile-fields";
import { DomainError, NotFound } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { availableLocales } from "@/lib/i18n/catalogues";
import { patientPolicy } from "./policy";
import type { z } from "@/lib/i18n/zod";
import type { PatientProfileInput, patientProfileSchema } from "./schemas";

const profileSelect = {
  id: true,
  ...profileFactsSelect,
  reminderChannel: true,
  user: { select: { id: true, name: true, locale: true } },
} as const;

type Loaded = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;

function loadProfile(patientId: string) {
  return getDb().patientProfile.findUnique({ where: { id: patientId }, select: profileSelect });
}

/** The form's values as stored: every field a string, "" for not given. */
export type PatientProfileValues = Required<z.input<typeof patientProfileSchema>>;

function toFormValues(p: Loaded): PatientProfileValues {
  return {
    patientId: p.id,
    name: p.user.name,
    phone: p.phone,
    dateOfBirth: p.dateOfBirth.toISOString().slice(0, 10),
    address: p.address ?? "",
    city: p.city ?? "",
    postalCode: p.postalCode ?? "",
    emergencyName: p.emergencyName ?? "",
    emergencyRelationship: p.emergencyRelationship ?? "",
    emergencyPhone: p.emergencyPhone ?? "",
    bloodGroup: p.bloodGroup ?? "",
    allergies: p.allergies ?? "",
    medicalHistory: p.medicalHistory ?? "",
    currentMedications: p.currentMedications ?? "",
    insuranceProvider: p.insuranceProvider ?? "",
    insuranceNumber: p.insuranceNumber ?? "",
    locale: p.user.locale ?? "",
    reminderChannel: p.reminderChannel,
  };
}

/** The profile for its editor: the patient themself or an administrator; anyone else is refused. */
export async function getPatientProfileForEdit(actor: Actor, patientId: string): Promise<PatientProfileValues> {
  patientPolicy.assertCan(actor, "patient.edit_profile", { patientId });
  const profile = await loadProfile(patientId);
  if (!profile) throw new NotFound();
  return toFormValues(profile);
}

/**
 * Saves the profile and records what changed, each field as old → new, in the same transaction.
 * The row is locked first so two saves at once cannot both report the same old value.
 */
export async function updatePatientProfile(actor: Actor, input: PatientProfileInput): Promise<{ changed: string[] }> {
  patientPolicy.assertCan(actor, "patient.edit_profile", { patientId: input.patientId });
  if (input.locale && !availableLocales().includes(input.locale))
    throw new DomainError("errors.unknownLanguage", "locale");
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM patient_profiles WHERE id = ${input.patientId}::uuid FOR UPDATE`;
    const current = await tx.patientProfile.findUnique({ where: { id: input.patientId }, select: profileSelect });
    if (!current) throw new NotFound();
    const before = toFormValues(current);
    const { patientId, name, locale, dateOfBirth, ...fields } = input;
    const after = toFormValues({
      ...current,
      ...fields,
      dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`),
      user: { ...current.user, name, locale },
    });
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof PatientProfileValues)[])
        .filter((key) => before[key] !== after[key])
        .map((key) => [key, { from: before[key] || null, to: after[key] || null }]),
    );
    const changed = Object.keys(changes);
    if (!changed.length) return { changed };
    await tx.patientProfile.update({
      where: { id: patientId },
      data: { ...fields, dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`) },
    });
    if (changes.name || changes.locale)
      await tx.user.update({ where: { id: current.user.id }, data: { name, locale } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "patient.profile.update",
        entityType: "patient",
        entityId: patientId,
        detail: { userId: current.user.id, changes },
      },
      tx,
    );
    return { changed };
  });
}
