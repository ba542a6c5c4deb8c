import { text, z } from "@/lib/i18n/zod";

export const saveVisitNoteSchema = z.object({
  appointmentId: z.uuid("validation.doctors.badLink"),
  body: text({ multiline: true })
    .trim()
    .min(3, "validation.doctors.noteShort")
    .max(5000, "validation.doctors.visitNoteTooLong"),
});
export type SaveVisitNoteInput = z.infer<typeof saveVisitNoteSchema>;
