import { Temporal } from "temporal-polyfill";
import type { AppointmentEmailPayload } from "./email-payload";

/** "Tue 24 Nov, 09:30" in the clinic's zone: short enough for a subject line. */
function shortWhen(iso: string, timeZone: string): string {
  const zdt = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone);
  return zdt.toLocaleString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
}

export function appointmentSubject(p: AppointmentEmailPayload): string {
  const when = shortWhen(p.facts.startsAt, p.facts.clinic.timeZone);
  const withWhom = p.recipient === "patient" ? p.facts.doctorName : p.facts.patientName;
  switch (p.event) {
    case "booked":
      return p.facts.status === "PENDING" ? `Request received: ${withWhom}, ${when}` : `Booked: ${withWhom}, ${when}`;
    case "confirmed":
      return `Confirmed: ${withWhom}, ${when}`;
    case "rejected":
      return `Not confirmed: ${withWhom}, ${when}`;
    case "rescheduled":
      return `Moved to ${when}: ${withWhom}`;
    case "cancelled":
      return `Cancelled: ${withWhom}, ${when}`;
    case "reminder":
      return `Reminder: ${withWhom}, ${when}`;
  }
}
