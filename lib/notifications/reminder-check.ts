// Whether a reminder written earlier may still go out. Pure: the dispatcher loads the appointment.

export type AppointmentNow = { status: string; sequence: number; startsAt: Date } | null;

/** Why a reminder must not be sent, or null when it is still right to send it. */
export function staleReminderReason(reminder: { sequence: number }, appointment: AppointmentNow, now: Date): string | null {
  if (!appointment) return "Not sent: the appointment no longer exists.";
  if (appointment.status !== "CONFIRMED") return `Not sent: the appointment is ${appointment.status.toLowerCase().replace("_", "-")}.`;
  if (appointment.sequence !== reminder.sequence) return "Not sent: the appointment changed after this reminder was written.";
  if (appointment.startsAt.getTime() <= now.getTime()) return "Not sent: the appointment has already started.";
  return null;
}
