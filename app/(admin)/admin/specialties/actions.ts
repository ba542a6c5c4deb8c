"use server";

import { revalidatePath } from "next/cache";
import { policyAction } from "@/lib/actions/action";
import { msg } from "@/lib/i18n/message";
import { specialtyPolicy } from "@/lib/specialties/policy";
import { createSpecialtySchema, deleteSpecialtySchema, renameSpecialtySchema } from "@/lib/specialties/schemas";
import { createSpecialty, deleteSpecialty, renameSpecialty } from "@/lib/specialties/service";

export const createSpecialtyAction = policyAction(
  specialtyPolicy,
  "specialty.manage",
  createSpecialtySchema,
  async (input, actor) => {
    await createSpecialty(actor, input);
    revalidatePath("/admin/specialties");
    return { status: "success", message: msg("admin.specialties.added", { name: input.name }) };
  },
);

export const renameSpecialtyAction = policyAction(
  specialtyPolicy,
  "specialty.manage",
  renameSpecialtySchema,
  async (input, actor) => {
    await renameSpecialty(actor, input);
    revalidatePath("/admin/specialties");
    return { status: "success", message: msg("admin.specialties.renamed", { name: input.name }) };
  },
);

export const deleteSpecialtyAction = policyAction(
  specialtyPolicy,
  "specialty.manage",
  deleteSpecialtySchema,
  async (input, actor) => {
    await deleteSpecialty(actor, input);
    revalidatePath("/admin/specialties");
    return { status: "success", message: "admin.specialties.deleted" };
  },
);
