import "server-only";
import { appointmentActionLink } from "./action-links";
import { appUrl } from "./app-url";
import { calendarAttachment } from "./email-attachments";
import type { AccountEmailPayload, AccountNoticePayload, AppointmentEmailPayload, EmailPayload } from "./email-payload";
import { renderAccountEmail } from "@/lib/notifications/templates/account";
import { renderAppointmentEmail } from "@/lib/notifications/templates/appointment";
import type { OutgoingEmail } from "./transport";

const isAccountEmail = (p: EmailPayload): p is AccountEmailPayload | AccountNoticePayload =>
  p.kind.startsWith("account.");

export type StoredEmail = { toEmail: string; subject: string; payload: unknown; idempotencyKey: string };

/**
 * The email as it is sent (and as the development mailbox shows it), rendered from the outbox row
 * alone. Rendering is deterministic, so a retry sends the same email.
 */
export function renderStoredEmail(row: StoredEmail, context: { clinicName: string }): OutgoingEmail {
  const payload = row.payload as EmailPayload;
  const base = { to: row.toEmail, subject: row.subject, idempotencyKey: row.idempotencyKey };
  if (isAccountEmail(payload))
    return { ...base, ...renderAccountEmail(payload, row.subject, context.clinicName), attachments: [] };
  return { ...base, ...renderAppointment(payload, row.subject) };
}

function renderAppointment(payload: AppointmentEmailPayload, subject: string) {
  const f = payload.facts;
  const links =
    payload.recipient === "patient"
      ? {
          view: appUrl(`/patient/appointments/${f.appointmentId}`),
          cancel: appointmentActionLink(f, "cancel"),
          reschedule: appointmentActionLink(f, "reschedule"),
        }
      : null;
  const attachment = calendarAttachment(payload);
  return { ...renderAppointmentEmail(payload, subject, links), attachments: attachment ? [attachment] : [] };
}
