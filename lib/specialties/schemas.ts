import { text, z } from "@/lib/i18n/zod";

const name = text().trim().min(2, "validation.specialties.name").max(60, "validation.specialties.tooLong");

export const createSpecialtySchema = z.object({ name });
export const renameSpecialtySchema = z.object({ specialtyId: z.uuid("validation.specialties.bad"), name });
export const deleteSpecialtySchema = z.object({ specialtyId: z.uuid("validation.specialties.bad") });
