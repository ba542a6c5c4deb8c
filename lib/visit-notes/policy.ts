// Who may write a visit note, and when. Pure: `now` is part of the record.
import { definePolicy, rule } from "@/lib/policy/define";
import type { AppointmentStatus } from "@/lib/scheduling/appointment-rules";
import { visitNoteRefusal } from "./rules";

export type NoteContext = { doctorId: string; status: AppointmentStatus; startsAt: Date; now: Date };

export const visitNotePolicy = definePolicy({
  /** The treating doctor, once the visit is under way or over. */
  "visit_note.write": rule<NoteContext>(
    ["DOCTOR"],
    (actor, record) =>
      actor.doctorId !== record.doctorId
        ? "errors.doctors.noAppointment"
        : visitNoteRefusal(record.status, record.startsAt, record.now),
    "errors.doctors.noteDoctor",
  ),
});
