import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { appointmentScope } from "@/lib/appointments/policy";
import { visitNotePolicy } from "./policy";
import type { SaveVisitNoteInput } from "./schemas";

/**
 * Writes the treating doctor's note on a visit: one note per doctor and visit, edited in place
 * (the row keeps its author, creation and last-edit times). The unique key on (visit, author)
 * makes concurrent saves meet on one row; another doctor's visit is not found.
 */
export async function saveVisitNote(
  actor: Actor,
  input: SaveVisitNoteInput,
  now = new Date(),
): Promise<{ id: string }> {
  visitNotePolicy.assertRole(actor, "visit_note.write");
  const db = getDb();
  const appointment = await db.appointment.findFirst({
    where: { id: input.appointmentId, ...appointmentScope(actor) },
    select: { id: true, doctorId: true, status: true, startsAt: true, patientId: true },
  });
  if (!appointment) throw new DomainError("errors.doctors.noAppointment");
  const verdict = visitNotePolicy.decide(actor, "visit_note.write", { ...appointment, now });
  if (!verdict.allowed) throw new DomainError(verdict.reason, "body");
  return db.$transaction(async (tx) => {
    // xmax is 0 only for a row this statement inserted: an edit otherwise.
    const [note] = await tx.$queryRaw<{ id: string; inserted: boolean }[]>`
      INSERT INTO visit_notes (appointment_id, author_id, body, updated_at)
      VALUES (${appointment.id}::uuid, ${actor.id}::uuid, ${input.body}, now())
      ON CONFLICT (appointment_id, author_id) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
      RETURNING id, (xmax = 0) AS inserted`;
    if (!note) throw new Error("The note upsert returned no row");
    const detail = { appointmentId: appointment.id, patientId: appointment.patientId, edit: !note.inserted };
    await recordAudit(
      { actorId: actor.id, action: "visit_note.write", entityType: "visit_note", entityId: note.id, detail },
      tx,
    );
    return { id: note.id };
  });
}
