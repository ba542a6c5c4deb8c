// One template for every appointment email; the event decides the heading, the opening sentence,
// extra details and which links are offered. Pure: links are computed by the caller.
import type { AppointmentEmailPayload, AppointmentFacts } from "@/lib/notifications/email-payload";
import { emailDocument, type Block, type Rendered } from "./html";
import { clinicTime, leadText } from "./when";

export type PatientLinks = { view: string; cancel: string; reschedule: string };

/** Shown in every patient email about a visit still to come. */
export const WHAT_TO_BRING = [
  "Photo ID and your insurance card, if you have one",
  "A list of the medicines you take, with doses",
  "Any letters, test results or scans about this problem",
  "Arrive 10 minutes early to check in",
];

const LIVE_EVENTS = new Set(["booked", "confirmed", "rescheduled", "reminder"]);

function headingAndOpening(p: AppointmentEmailPayload): [heading: string, opening: string] {
  const f = p.facts;
  const toPatient = p.recipient === "patient";
  switch (p.event) {
    case "booked":
      if (!toPatient) return ["New appointment", `${f.patientName} has an appointment with you.`];
      return f.status === "PENDING"
        ? [
            "We have your request",
            `Thank you, ${f.patientName}. ${f.doctorName} will confirm your appointment; we will email you as soon as they do.`,
          ]
        : [
            "Your appointment is booked",
            `Thank you, ${f.patientName}. Your appointment with ${f.doctorName} is booked.`,
          ];
    case "confirmed":
      return ["Your appointment is confirmed", `${f.doctorName} has confirmed your appointment.`];
    case "rejected":
      return [
        "Your request was not confirmed",
        `${f.doctorName} could not confirm your appointment request. Please choose another time or contact the clinic.`,
      ];
    case "rescheduled":
      return toPatient
        ? ["Your appointment has moved", `Your appointment with ${f.doctorName} has moved to a new time.`]
        : ["An appointment has moved", `${f.patientName}'s appointment with you has moved to a new time.`];
    case "cancelled":
      return toPatient
        ? [
            "Your appointment is cancelled",
            `Your appointment with ${f.doctorName} has been cancelled${p.by === "PATIENT" ? " as you asked" : " by the clinic"}.`,
          ]
        : ["An appointment is cancelled", `${f.patientName}'s appointment with you has been cancelled.`];
    case "reminder":
      return [
        "Appointment reminder",
        `A reminder that your appointment with ${f.doctorName} is in ${leadText(p.leadMinutes)}.`,
      ];
  }
}

function detailRows(p: AppointmentEmailPayload): [string, string][] {
  const f: AppointmentFacts = p.facts;
  const rows: [string, string][] = [
    ["When", clinicTime(f.startsAt, f.clinic.timeZone)],
    p.recipient === "patient" ? ["Doctor", `${f.doctorName} (${f.specialty})`] : ["Patient", f.patientName],
    ["Where", [f.clinic.name, f.location, f.clinic.address].filter(Boolean).join(", ")],
    ["Reason", f.reason],
  ];
  if (p.event === "rescheduled") rows.splice(1, 0, ["Was", clinicTime(p.previousStartsAt, f.clinic.timeZone)]);
  if (p.event === "cancelled" || p.event === "rejected")
    rows.push([p.event === "cancelled" ? "Why" : "Doctor's note", p.reason]);
  return rows;
}

export function renderAppointmentEmail(
  p: AppointmentEmailPayload,
  subject: string,
  links: PatientLinks | null,
): Rendered {
  const [heading, opening] = headingAndOpening(p);
  const clinic = p.facts.clinic;
  const blocks: Block[] = [
    { kind: "paragraph", text: opening },
    { kind: "details", rows: detailRows(p) },
  ];
  const live = LIVE_EVENTS.has(p.event);
  if (p.recipient === "patient" && live) {
    blocks.push({ kind: "list", title: "Please bring", items: WHAT_TO_BRING });
    if (links) {
      blocks.push({
        kind: "buttons",
        links: [
          { href: links.reschedule, label: "Choose another time" },
          {
            href: links.cancel,
            label: "Cancel appointment",
            note: "These links work without signing in until the appointment starts, once; online changes close at the clinic's cut-off before the visit.",
          },
        ],
      });
      blocks.push({ kind: "paragraph", text: `Or sign in to see your appointment: ${links.view}` });
    }
  }
  if (["booked", "rescheduled", "cancelled", "rejected"].includes(p.event)) {
    blocks.push({ kind: "paragraph", text: "The attached calendar file (.ics) updates the event in your calendar." });
  }
  const footer = [clinic.name, clinic.address, [clinic.phone, clinic.email].filter(Boolean).join(" · ")].filter(
    (line): line is string => Boolean(line),
  );
  return emailDocument({ title: subject, heading, blocks, footer });
}
