// iCalendar for one appointment. The UID is stable and SEQUENCE grows with every change, so a
// calendar app updates (or cancels) the event it already has instead of adding another.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type CalendarAppointment = {
  id: string;
  sequence: number;
  cancelled: boolean;
  start: Date;
  end: Date;
  summary: string;
  location: string | null;
  description: string;
  clinicName: string;
};

export const appointmentUid = (id: string) => `appointment-${id}@clinic-appointments`;

export function appointmentIcs(a: CalendarAppointment): string {
  const calendar = ical({
    prodId: { company: a.clinicName, product: "clinic-appointments" },
    method: a.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: appointmentUid(a.id),
    sequence: a.sequence,
    start: a.start,
    end: a.end,
    stamp: a.start, // a fixed stamp keeps the file identical for identical data
    summary: a.summary,
    location: a.location,
    description: a.description,
    status: a.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
