import "server-only";
import type { Db } from "@/lib/db/create-client";
import { getDb } from "@/lib/db/client";
import { enqueueAppointmentEmails } from "./appointment-emails";
import { dueReminders, type ReminderCandidate } from "./reminder-schedule";

const DEFAULT_LEADS = [1440, 120];
/** A run writes reminders due within this much ahead, held back until their time, so a once-a-minute cron is never late. */
const REMINDER_LOOKAHEAD_MS = 5 * 60_000;

/**
 * Writes one reminder row and its email, unless another run already did: the unique key
 * (appointment, lead, sequence) decides, inside the same transaction as the email, and the
 * appointment must still be confirmed at that sequence.
 */
async function armReminder(db: Db, a: ReminderCandidate, leadMinutes: number, availableAt: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO reminders (appointment_id, lead_minutes, sequence)
      SELECT id, ${leadMinutes}::int, sequence FROM appointments
       WHERE id = ${a.id}::uuid AND status = 'CONFIRMED' AND sequence = ${a.sequence}::int
      ON CONFLICT (appointment_id, lead_minutes, sequence) DO NOTHING
      RETURNING id`;
    const reminder = inserted[0];
    if (!reminder) return false;
    const [key] = await enqueueAppointmentEmails(tx, a.id, { event: "reminder", leadMinutes }, "SYSTEM", {
      availableAt,
    });
    const outbox = key
      ? await tx.outboxMessage.findUnique({ where: { idempotencyKey: key }, select: { id: true } })
      : null;
    await tx.reminder.update({ where: { id: reminder.id }, data: { outboxId: outbox?.id ?? null } });
    return true;
  });
}

/**
 * Creates the reminders that are due (or nearly due) for confirmed appointments still ahead, at
 * the clinic's lead times. Safe to run concurrently and repeatedly; a late run still reminds while
 * the appointment is ahead, and a moved appointment (new sequence) is reminded again.
 */
export async function createDueReminders(options: { db?: Db; now?: Date } = {}): Promise<{ created: number }> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const settings = await db.clinicSettings.findUnique({ where: { id: 1 }, select: { reminderLeadMinutes: true } });
  // The defaults stand in only before the clinic is set up; an empty list is the admin turning reminders off.
  const leads = settings ? settings.reminderLeadMinutes : DEFAULT_LEADS;
  if (leads.length === 0) return { created: 0 };
  const horizon = new Date(now.getTime() + Math.max(...leads) * 60_000 + REMINDER_LOOKAHEAD_MS);
  const candidates = await db.appointment.findMany({
    where: { status: "CONFIRMED", startsAt: { gt: now, lte: horizon } },
    select: {
      id: true,
      sequence: true,
      startsAt: true,
      updatedAt: true,
      reminders: { select: { leadMinutes: true, sequence: true } },
    },
  });
  let created = 0;
  for (const due of dueReminders(candidates, leads, now, REMINDER_LOOKAHEAD_MS)) {
    if (await armReminder(db, due.appointment, due.leadMinutes, due.availableAt)) created += 1;
  }
  return { created };
}
