// When a visit note may be written. Pure: `now` is an argument.
import type { AppointmentStatus } from "@/lib/scheduling/appointment-rules";

/** Notes belong to a visit that is under way or over: confirmed and started, or completed. */
export function visitNoteRefusal(status: AppointmentStatus, startsAt: Date, now: Date): string | null {
  if (status === "COMPLETED") return null;
  if (status !== "CONFIRMED") return "errors.doctors.noteStatus";
  if (now.getTime() < startsAt.getTime()) return "errors.doctors.noteEarly";
  return null;
}
