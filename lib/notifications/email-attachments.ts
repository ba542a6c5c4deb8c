// The .ics file attached to appointment emails: same UID as the "Add to calendar" download, and the
// appointment's sequence as SEQUENCE, so a calendar app updates or removes the event it already has.
// Its summary and description are in the recipient's language.
import { appointmentIcs } from "@/lib/calendar/appointment-ics";
import type { AppointmentEmailPayload } from "./email-payload";
import type { Words } from "@/lib/i18n/words";
import type { EmailAttachment } from "./transport";

const WITH_CALENDAR = new Set(["booked", "rescheduled", "cancelled", "rejected"]);

export function calendarAttachment(p: AppointmentEmailPayload, words: Words): EmailAttachment | null {
  if (!WITH_CALENDAR.has(p.event)) return null;
  const f = p.facts;
  const cancelled = p.event === "cancelled" || p.event === "rejected";
  const other = p.recipient === "patient" ? f.doctorName : f.patientName;
  const content = appointmentIcs({
    id: f.appointmentId,
    sequence: f.sequence,
    cancelled,
    start: new Date(f.startsAt),
    end: new Date(f.endsAt),
    summary: words.t("calendar.summary", { clinic: f.clinic.name, name: other }),
    location: [f.location, f.clinic.address].filter(Boolean).join(", ") || null,
    description: words.t("calendar.description", { specialty: f.specialty, reason: f.reason }),
    clinicName: f.clinic.name,
  });
  const method = cancelled ? "CANCEL" : "PUBLISH";
  return {
    filename: cancelled ? "cancelled-appointment.ics" : "appointment.ics",
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
  };
}
