import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { appointmentScope } from "@/lib/appointments/scope";
import { visitNoteRefusal } from "./rules";
import type { SaveVisitNoteInput } from "./schemas";

/**
 * Writes the treating doctor's note on a visit: one note per doctor and visit, edited in place
 * (the row keeps its author, creation and last-edit times). Another doctor's visit is not found.
 */
export async function saveVisitNote(actor: Actor, input: SaveVisitNoteInput, now = new Date()): Promise<{ id: string }> {
  if (actor.role !== "DOCTOR") throw new DomainError("Only the treating doctor can write visit notes.");
  const db = getDb();
  const appointment = await db.appointment.findFirst({
    where: { id: input.appointmentId, ...appointmentScope(actor) },
    select: { id: true, status: true, startsAt: true, patientId: true },
  });
  if (!appointment) throw new DomainError("We could not find that appointment.");
  const refusal = visitNoteRefusal(appointment.status, appointment.startsAt, now);
  if (refusal) throw new DomainError(refusal, "body");
  return db.$transaction(async (tx) => {
    const existing = await tx.visitNote.findFirst({ where: { appointmentId: appointment.id, authorId: actor.id }, select: { id: true } });
    const note = existing
      ? await tx.visitNote.update({ where: { id: existing.id }, data: { body: input.body }, select: { id: true } })
      : await tx.visitNote.create({ data: { appointmentId: appointment.id, authorId: actor.id, body: input.body }, select: { id: true } });
    await recordAudit(
      { actorId: actor.id, action: "visit_note.write", entityType: "visit_note", entityId: note.id, detail: { appointmentId: appointment.id, patientId: appointment.patientId, edit: Boolean(existing) } },
      tx,
    );
    return note;
  });
}
