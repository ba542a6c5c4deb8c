import "server-only";
import { appointmentActionLink } from "./action-links";
import { appUrl } from "./app-url";
import { translatorFor } from "@/lib/i18n/translator";
import { calendarAttachment } from "./email-attachments";
import type { AccountEmailPayload, AccountNoticePayload, AppointmentEmailPayload, EmailPayload } from "./email-payload";
import { renderAccountEmail } from "@/lib/notifications/templates/account";
import { renderAppointmentEmail } from "@/lib/notifications/templates/appointment";
import type { Words } from "@/lib/i18n/words";
import type { OutgoingEmail } from "./transport";

const isAccountEmail = (p: EmailPayload): p is AccountEmailPayload | AccountNoticePayload =>
  p.kind.startsWith("account.");

export type StoredEmail = { toEmail: string; subject: string; payload: unknown; idempotencyKey: string };

/**
 * The email as it is sent (and as the development mailbox shows it), rendered from the outbox row
 * alone, in the recipient's language recorded on it. Rendering is deterministic, so a retry sends the
 * same email. `hideLinks` renders it for an admin's eyes: every personal link (cancel, move, set a
 * password) is replaced by a notice that one was sent, so the mailbox is no way to act as the recipient.
 */
export async function renderStoredEmail(
  row: StoredEmail,
  context: { clinicName: string; hideLinks?: boolean },
): Promise<OutgoingEmail> {
  const payload = row.payload as EmailPayload;
  const words = await translatorFor(payload.locale);
  const base = { to: row.toEmail, subject: row.subject, idempotencyKey: row.idempotencyKey };
  const hidden = context.hideLinks ? words.t("emails.linkHidden") : null;
  if (isAccountEmail(payload)) {
    const shown = hidden === null ? payload : { ...payload, link: hidden };
    return { ...base, ...renderAccountEmail(shown, row.subject, context.clinicName, words), attachments: [] };
  }
  return { ...base, ...renderAppointment(payload, row.subject, words, hidden) };
}

function renderAppointment(payload: AppointmentEmailPayload, subject: string, words: Words, hidden: string | null) {
  const f = payload.facts;
  const links =
    payload.recipient !== "patient"
      ? null
      : hidden !== null
        ? { view: hidden, cancel: hidden, reschedule: hidden }
        : {
            view: appUrl(`/patient/appointments/${f.appointmentId}`),
            cancel: appointmentActionLink(f, "cancel"),
            reschedule: appointmentActionLink(f, "reschedule"),
          };
  const attachment = calendarAttachment(payload, words);
  return { ...renderAppointmentEmail(payload, subject, links, words), attachments: attachment ? [attachment] : [] };
}
