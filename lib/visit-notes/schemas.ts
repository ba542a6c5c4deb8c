import { text, z } from "@/lib/i18n/zod";

export const saveVisitNoteSchema = z.object({
  appointmentId: z.uuid("That link is not valid."),
  body: text({ multiline: true })
    .trim()
    .min(3, "Write at least 3 characters.")
    .max(5000, "Keep the note under 5,000 characters."),
});
export type SaveVisitNoteInput = z.infer<typeof saveVisitNoteSchema>;
