import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";

const name = text().trim().min(2, "Enter a name, e.g. Neurology").max(60, "Use at most 60 characters");

export const createSpecialtySchema = z.object({ name });
export const renameSpecialtySchema = z.object({ specialtyId: z.uuid("That specialty is not valid."), name });
export const deleteSpecialtySchema = z.object({ specialtyId: z.uuid("That specialty is not valid.") });

/** The words patients search a specialty by, typed comma-separated; stored lower-case, each once. */
export const specialtySynonymsSchema = z.object({
  specialtyId: z.uuid("That specialty is not valid."),
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
