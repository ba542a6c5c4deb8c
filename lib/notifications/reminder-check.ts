// Whether a reminder written earlier may still go out. Pure: the dispatcher loads the appointment.

export type AppointmentNow = { status: string; sequence: number; startsAt: Date } | null;

/** Why a reminder written before a change to the appointment must not go out. */
export function changedReminderReason(status: string): string {
  return status === "CONFIRMED"
    ? "Not sent: the appointment changed after this reminder was written."
    : `Not sent: the appointment is ${status.toLowerCase().replace("_", "-")}.`;
}

/** Why a reminder must not be sent, or null when it is still right to send it. */
export function staleReminderReason(
  reminder: { sequence: number },
  appointment: AppointmentNow,
  now: Date,
): string | null {
  if (!appointment) return "Not sent: the appointment no longer exists.";
  if (appointment.status !== "CONFIRMED" || appointment.sequence !== reminder.sequence)
    return changedReminderReason(appointment.status);
  if (appointment.startsAt.getTime() <= now.getTime()) return "Not sent: the appointment has already started.";
  return null;
}
