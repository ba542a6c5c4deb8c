// A doctor's subscribable calendar: one event per appointment, with the same stable UID scheme as
// the patient's file, and only the patient's initials and the status (the feed URL can leak).
import ical, { ICalEventStatus } from "ical-generator";
import { appointmentUid } from "./appointment-ics";
import { inEnglish } from "@/lib/i18n/english";
import { msg } from "@/lib/i18n/message";
import type { Translate } from "@/lib/i18n/words";
import { icsEscaped, icsPlain, icsProductId } from "./ics-text";

export type FeedAppointment = {
  id: string;
  sequence: number;
  start: Date;
  end: Date;
  status: string;
  patientName: string;
};

const STATUSES = ["PENDING", "CONFIRMED", "COMPLETED", "NO_SHOW", "CANCELLED", "REJECTED"];
const english: Translate = (key, values) => inEnglish(msg(key, values));

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
  /** The doctor's language (their account's, else the clinic's default); English when not given. */
  t?: Translate;
}): string {
  const t = input.t ?? english;
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
      summary: icsPlain(
        t("calendar.feed.summary", {
          initials: initials(a.patientName),
          status: STATUSES.includes(a.status) ? t(`calendar.feed.status.${a.status}`) : a.status.toLowerCase(),
        }),
      ),
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
