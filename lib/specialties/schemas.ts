import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";

const name = text().trim().min(2, "validation.specialties.name").max(60, "validation.specialties.tooLong");

export const createSpecialtySchema = z.object({ name });
export const renameSpecialtySchema = z.object({ specialtyId: z.uuid("validation.specialties.bad"), name });
export const deleteSpecialtySchema = z.object({ specialtyId: z.uuid("validation.specialties.bad") });

/** The words patients search a specialty by, typed comma-separated; stored lower-case, each once. */
export const specialtySynonymsSchema = z.object({
  specialtyId: z.uuid("validation.specialties.bad"),
  synonyms: text()
    .max(1000, msg("validation.profile.tooLong", { max: 1000 }))
    .transform((text) => [
      ...new Set(
        text
          .split(",")
          .map((w) => w.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .refine((words) => words.length <= 30, "validation.specialties.tooManySynonyms")
    .refine((words) => words.every((w) => w.length <= 40), "validation.specialties.synonymTooLong"),
});
