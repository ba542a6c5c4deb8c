"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { createSpecialtySchema, deleteSpecialtySchema, renameSpecialtySchema } from "@/lib/admin/specialties/schemas";
import { createSpecialty, deleteSpecialty, renameSpecialty } from "@/lib/admin/specialties/service";

export const createSpecialtyAction = roleAction(["ADMIN"], createSpecialtySchema, async (input, actor) => {
  await createSpecialty(actor, input);
  revalidatePath("/admin/specialties");
  return { status: "success", message: `${input.name} added.` };
});

export const renameSpecialtyAction = roleAction(["ADMIN"], renameSpecialtySchema, async (input, actor) => {
  await renameSpecialty(actor, input);
  revalidatePath("/admin/specialties");
  return { status: "success", message: `Renamed to ${input.name}.` };
});

export const deleteSpecialtyAction = roleAction(["ADMIN"], deleteSpecialtySchema, async (input, actor) => {
  await deleteSpecialty(actor, input);
  revalidatePath("/admin/specialties");
  return { status: "success", message: "Specialty deleted." };
});
