// A doctor's subscribable calendar: one event per appointment, with the same stable UID scheme as
// the patient's file, and only the patient's initials and the status (the feed URL can leak).
import ical, { ICalEventStatus } from "ical-generator";
import { appointmentUid } from "./appointment-ics";
import { icsEscaped, icsPlain, icsProductId } from "./ics-text";

export type FeedAppointment = {
  id: string;
  sequence: number;
  start: Date;
  end: Date;
  status: string;
  patientName: string;
};

const statusWords: Record<string, string> = {
  PENDING: "awaiting confirmation",
  CONFIRMED: "confirmed",
  COMPLETED: "completed",
  NO_SHOW: "no-show",
  CANCELLED: "cancelled",
  REJECTED: "declined",
};

/** "Jane Doe" → "J. D." */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]!.toUpperCase()}.`)
    .join(" ");
}

export function doctorFeedIcs(input: {
  clinicName: string;
  doctorName: string;
  location: string | null;
  appointments: FeedAppointment[];
}): string {
  const calendar = ical({
    name: icsEscaped(`${input.clinicName}: ${input.doctorName}`),
    prodId: icsProductId(input.clinicName),
    ttl: 15 * 60,
  });
  for (const a of input.appointments) {
    const gone = a.status === "CANCELLED" || a.status === "REJECTED";
    calendar.createEvent({
      id: appointmentUid(a.id),
      sequence: a.sequence,
      start: a.start,
      end: a.end,
      stamp: a.start, // fixed, so an unchanged appointment gives identical text
      summary: icsPlain(`Patient ${initials(a.patientName)} (${statusWords[a.status] ?? a.status.toLowerCase()})`),
      location: input.location === null ? null : icsPlain(input.location),
      status: gone
        ? ICalEventStatus.CANCELLED
        : a.status === "PENDING"
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
