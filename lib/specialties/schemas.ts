import { text, z } from "@/lib/i18n/zod";

const name = text().trim().min(2, "Enter a name, e.g. Neurology").max(60, "Use at most 60 characters");

export const createSpecialtySchema = z.object({ name });
export const renameSpecialtySchema = z.object({ specialtyId: z.uuid("That specialty is not valid."), name });
export const deleteSpecialtySchema = z.object({ specialtyId: z.uuid("That specialty is not valid.") });
