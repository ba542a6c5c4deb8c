import { dateTimeFormat } from "@/lib/format/datetime";
import type { AppointmentEmailPayload } from "./email-payload";
import type { Words } from "@/lib/i18n/words";

const SHORT: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

/** "Booked: Priya Patel, Tue 24 Nov, 09:30" in the recipient's language, the time in the clinic's zone. */
export function appointmentSubject(p: AppointmentEmailPayload, words: Words): string {
  const when = dateTimeFormat(words.intl, p.facts.clinic.timeZone, SHORT).format(new Date(p.facts.startsAt));
  const who = p.recipient === "patient" ? p.facts.doctorName : p.facts.patientName;
  const kind = p.event === "booked" && p.facts.status === "PENDING" ? "requested" : p.event;
  return words.t(`emails.subject.${kind}`, { who, when });
}
