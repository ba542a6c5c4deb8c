import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { specialtyPolicy } from "./policy";
import type {
  createSpecialtySchema,
  deleteSpecialtySchema,
  renameSpecialtySchema,
  specialtySynonymsSchema,
} from "./schemas";

const duplicate = new DomainError("errors.specialties.taken", "name");

export async function createSpecialty(actor: Actor, input: z.infer<typeof createSpecialtySchema>) {
  specialtyPolicy.assertRole(actor, "specialty.manage");
  try {
    await getDb().$transaction(async (tx) => {
      const specialty = await tx.specialty.create({ data: { name: input.name }, select: { id: true } });
      await recordAudit(
        {
          actorId: actor.id,
          action: "specialty.create",
          entityType: "specialty",
          entityId: specialty.id,
          detail: { name: input.name },
        },
        tx,
      );
    });
  } catch (error) {
    throw isUniqueViolation(error) ? duplicate : error;
  }
}

export async function renameSpecialty(actor: Actor, input: z.infer<typeof renameSpecialtySchema>) {
  specialtyPolicy.assertRole(actor, "specialty.manage");
  try {
    await getDb().$transaction(async (tx) => {
      const before = await tx.specialty.findUnique({ where: { id: input.specialtyId }, select: { name: true } });
      if (!before) throw new DomainError("errors.specialties.gone");
      await tx.specialty.update({ where: { id: input.specialtyId }, data: { name: input.name } });
      await recordAudit(
        {
          actorId: actor.id,
          action: "specialty.rename",
          entityType: "specialty",
          entityId: input.specialtyId,
          detail: { from: before.name, to: input.name },
        },
        tx,
      );
    });
  } catch (error) {
    throw isUniqueViolation(error) ? duplicate : error;
  }
}

/** Deletes a specialty no doctor has; the foreign key refuses it too if a doctor is added meanwhile. */
export async function deleteSpecialty(actor: Actor, input: z.infer<typeof deleteSpecialtySchema>) {
  specialtyPolicy.assertRole(actor, "specialty.manage");
  await getDb().$transaction(async (tx) => {
    const specialty = await tx.specialty.findUnique({
      where: { id: input.specialtyId },
      select: { name: true, _count: { select: { doctors: true } } },
    });
    if (!specialty) throw new DomainError("errors.specialties.deleted");
    if (specialty._count.doctors > 0) {
      throw new DomainError(
        `${specialty.name} cannot be deleted: ${specialty._count.doctors === 1 ? "1 doctor has" : `${specialty._count.doctors} doctors have`} it. Rename it instead, or change their specialty first.`,
      );
    }
    await tx.specialty.delete({ where: { id: input.specialtyId } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "specialty.delete",
        entityType: "specialty",
        entityId: input.specialtyId,
        detail: { name: specialty.name },
      },
      tx,
    );
  });
}

/** Replaces a specialty's search words; the audit keeps old → new. */
export async function setSpecialtySynonyms(actor: Actor, input: z.output<typeof specialtySynonymsSchema>) {
  specialtyPolicy.assertRole(actor, "specialty.manage");
  await getDb().$transaction(async (tx) => {
    const before = await tx.specialty.findUnique({ where: { id: input.specialtyId }, select: { synonyms: true } });
    if (!before) throw new DomainError("errors.specialties.gone");
    await tx.specialty.update({ where: { id: input.specialtyId }, data: { synonyms: input.synonyms } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "specialty.synonyms",
        entityType: "specialty",
        entityId: input.specialtyId,
        detail: { from: before.synonyms, to: input.synonyms },
      },
      tx,
    );
  });
}
