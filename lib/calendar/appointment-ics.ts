// iCalendar for one appointment. The UID is stable and SEQUENCE grows with every change, so a
// calendar app updates (or cancels) the event it already has instead of adding another.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { icsPlain, icsProductId } from "./ics-text";

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
    prodId: icsProductId(a.clinicName),
    method: a.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: appointmentUid(a.id),
    sequence: a.sequence,
    start: a.start,
    end: a.end,
    stamp: a.start, // a fixed stamp keeps the file identical for identical data
    summary: icsPlain(a.summary),
    location: a.location === null ? null : icsPlain(a.location),
    description: icsPlain(a.description),
    status: a.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
