// One template for every appointment email; the event decides the heading, the opening sentence,
// extra details and which links are offered, in the recipient's language. Pure: links are computed
// by the caller, words come from the recipient's catalogue.
import type { AppointmentEmailPayload, AppointmentFacts } from "@/lib/notifications/email-payload";
import { emailDocument, type Block, type Rendered } from "./html";
import { clinicTime, leadText } from "./when";
import type { Words } from "@/lib/i18n/words";

export type PatientLinks = { view: string; cancel: string; reschedule: string };

/** Shown in every patient email about a visit still to come (keys of emails.bring). */
export const WHAT_TO_BRING = ["id", "medicines", "letters", "early"] as const;

const LIVE_EVENTS = new Set(["booked", "confirmed", "rescheduled", "reminder"]);

function headingAndOpening(p: AppointmentEmailPayload, words: Words): [heading: string, opening: string] {
  const f = p.facts;
  const names = { patient: f.patientName, doctor: f.doctorName };
  const say = (key: string, values: Record<string, string | number> = {}) =>
    [words.t(`emails.${key}.heading`), words.t(`emails.${key}.opening`, { ...names, ...values })] as [string, string];
  const toPatient = p.recipient === "patient";
  switch (p.event) {
    case "booked":
      if (!toPatient) return say("bookedForDoctor");
      return say(f.status === "PENDING" ? "requested" : "booked");
    case "confirmed":
    case "rejected":
      return say(p.event);
    case "rescheduled":
      return say(toPatient ? "rescheduled" : "rescheduledForDoctor");
    case "cancelled":
      if (!toPatient) return say("cancelledForDoctor");
      return say(p.by === "PATIENT" ? "cancelledAsAsked" : "cancelledByClinic");
    case "reminder":
      return say("reminder", { lead: leadText(p.leadMinutes, words) });
  }
}

function detailRows(p: AppointmentEmailPayload, words: Words): [string, string][] {
  const f: AppointmentFacts = p.facts;
  const t = (key: string, values?: Record<string, string>) => words.t(`emails.rows.${key}`, values);
  const rows: [string, string][] = [
    [t("when"), clinicTime(f.startsAt, f.clinic.timeZone, words)],
    p.recipient === "patient"
      ? [t("doctor"), t("doctorValue", { doctor: f.doctorName, specialty: f.specialty })]
      : [t("patient"), f.patientName],
    [t("where"), [f.clinic.name, f.location, f.clinic.address].filter(Boolean).join(", ")],
    [t("reason"), f.reason],
  ];
  if (p.event === "rescheduled")
    rows.splice(1, 0, [t("was"), clinicTime(p.previousStartsAt, f.clinic.timeZone, words)]);
  if (p.event === "cancelled" || p.event === "rejected")
    rows.push([p.event === "cancelled" ? t("why") : t("doctorsNote"), p.reason]);
  return rows;
}

export function renderAppointmentEmail(
  p: AppointmentEmailPayload,
  subject: string,
  links: PatientLinks | null,
  words: Words,
): Rendered {
  const { t } = words;
  const [heading, opening] = headingAndOpening(p, words);
  const clinic = p.facts.clinic;
  const blocks: Block[] = [
    { kind: "paragraph", text: opening },
    { kind: "details", rows: detailRows(p, words) },
  ];
  const live = LIVE_EVENTS.has(p.event);
  if (p.recipient === "patient" && live) {
    blocks.push({
      kind: "list",
      title: t("emails.bring.title"),
      items: WHAT_TO_BRING.map((item) => t(`emails.bring.${item}`)),
    });
    if (links) {
      blocks.push({
        kind: "buttons",
        links: [
          { href: links.reschedule, label: t("emails.links.reschedule") },
          { href: links.cancel, label: t("emails.links.cancel"), note: t("emails.links.note") },
        ],
      });
      blocks.push({ kind: "paragraph", text: t("emails.links.view", { link: links.view }) });
    }
  }
  if (["booked", "rescheduled", "cancelled", "rejected"].includes(p.event)) {
    blocks.push({ kind: "paragraph", text: t("emails.calendarNote") });
  }
  const footer = [clinic.name, clinic.address, [clinic.phone, clinic.email].filter(Boolean).join(" · ")].filter(
    (line): line is string => Boolean(line),
  );
  return emailDocument({ title: subject, heading, blocks, footer, lang: words.intl, dir: words.dir });
}
