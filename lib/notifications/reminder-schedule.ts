// Which reminders are due now. Pure: the caller loads appointments and their existing reminders.

export type ReminderCandidate = {
  id: string;
  sequence: number;
  startsAt: Date;
  /** When the appointment last changed (booked, confirmed, moved): its email went out then. */
  updatedAt: Date;
  reminders: { leadMinutes: number; sequence: number }[];
};
export type DueReminder = { appointment: ReminderCandidate; leadMinutes: number; availableAt: Date };

/**
 * For each appointment still ahead and each lead time whose moment (start − lead) falls before
 * now + lookahead, a reminder — unless one exists for this lead at the current sequence. It is
 * sent at its moment, or at once when that moment has passed (a late run). A lead whose moment had
 * already passed when the appointment took its current form is skipped: a visit booked three hours
 * ahead gets its booking email, not a "24 hours to go" reminder as well.
 */
export function dueReminders(
  appointments: ReminderCandidate[],
  leadMinutes: number[],
  now: Date,
  lookaheadMs: number,
): DueReminder[] {
  const due: DueReminder[] = [];
  const leads = [...new Set(leadMinutes.filter((l) => Number.isInteger(l) && l > 0))];
  for (const appointment of appointments) {
    if (appointment.startsAt.getTime() <= now.getTime()) continue;
    for (const lead of leads) {
      const moment = appointment.startsAt.getTime() - lead * 60_000;
      if (moment > now.getTime() + lookaheadMs) continue;
      if (appointment.updatedAt.getTime() > moment) continue;
      if (appointment.reminders.some((r) => r.leadMinutes === lead && r.sequence === appointment.sequence)) continue;
      due.push({ appointment, leadMinutes: lead, availableAt: new Date(Math.max(moment, now.getTime())) });
    }
  }
  return due;
}
