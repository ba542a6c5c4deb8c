import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AppointmentEmailPayload, AppointmentEvent, AppointmentFacts, Recipient } from "./email-payload";
import { enqueueEmails, type OutboxEntry } from "./outbox";
import { changedReminderReason } from "./reminder-check";
import { translatorFor } from "@/lib/i18n/translator";
import { appointmentSubject } from "./subject";

type Tx = Pick<Prisma.TransactionClient, "appointment" | "clinicSettings" | "outboxMessage">;

/** Reads the appointment as it is inside the transaction, after the change. */
async function loadAppointmentFacts(
  tx: Tx,
  appointmentId: string,
): Promise<{ facts: AppointmentFacts; contacts: Record<Recipient, { email: string; locale: string | null }> }> {
  const [a, clinic] = await Promise.all([
    tx.appointment.findUniqueOrThrow({
      where: { id: appointmentId },
      select: {
        id: true,
        sequence: true,
        startsAt: true,
        endsAt: true,
        status: true,
        reason: true,
        patient: { select: { user: { select: { name: true, email: true, locale: true } } } },
        doctor: {
          select: {
            location: true,
            user: { select: { name: true, email: true, locale: true } },
            specialty: { select: { name: true } },
          },
        },
      },
    }),
    tx.clinicSettings.findUnique({
      where: { id: 1 },
      select: { name: true, address: true, phone: true, email: true, timeZone: true, defaultLocale: true },
    }),
  ]);
  // Each person reads their own language: their account's choice, else the clinic's default.
  const localeOf = (user: { locale: string | null }) => user.locale ?? clinic?.defaultLocale ?? null;
  return {
    facts: {
      appointmentId: a.id,
      sequence: a.sequence,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      status: a.status,
      reason: a.reason,
      patientName: a.patient.user.name,
      doctorName: a.doctor.user.name,
      specialty: a.doctor.specialty.name,
      location: a.doctor.location,
      clinic: clinic
        ? {
            name: clinic.name,
            address: clinic.address,
            phone: clinic.phone,
            email: clinic.email,
            timeZone: clinic.timeZone,
          }
        : { name: "Clinic", address: null, phone: null, email: null, timeZone: "UTC" },
    },
    contacts: {
      patient: { email: a.patient.user.email, locale: localeOf(a.patient.user) },
      doctor: { email: a.doctor.user.email, locale: localeOf(a.doctor.user) },
    },
  };
}

/** Who hears of an event: the patient always; the doctor when someone else changed their diary. */
function recipientsOf(event: AppointmentEvent, actorRole: Role | "SYSTEM"): Recipient[] {
  if (event.event === "reminder") return ["patient"];
  const doctorHears =
    actorRole !== "DOCTOR" &&
    (event.event === "booked" || event.event === "rescheduled" || event.event === "cancelled");
  return doctorHears ? ["patient", "doctor"] : ["patient"];
}

/**
 * Writes the emails for a change to an appointment, in the transaction `tx` that made the change.
 * Idempotency keys include the appointment's sequence, so a retried transaction never doubles them.
 * Returns those keys; `availableAt` holds the emails back until then (reminders).
 */
export async function enqueueAppointmentEmails(
  tx: Tx,
  appointmentId: string,
  event: AppointmentEvent,
  actorRole: Role | "SYSTEM",
  options: { availableAt?: Date } = {},
): Promise<string[]> {
  const { facts, contacts } = await loadAppointmentFacts(tx, appointmentId);
  if (event.event !== "reminder") {
    // Reminders written for the state before this change are wrong now: drop them with the change,
    // so the outbox shows it at once (the dispatcher checks again before sending anyway).
    await tx.outboxMessage.updateMany({
      where: { appointmentId, kind: "appointment.reminder", status: "PENDING" },
      data: { status: "DROPPED", lastError: changedReminderReason(facts.status), lockedUntil: null },
    });
  }
  const entries: OutboxEntry[] = [];
  for (const recipient of recipientsOf(event, actorRole)) {
    const words = await translatorFor(contacts[recipient].locale);
    const payload = {
      kind: `appointment.${event.event}`,
      recipient,
      locale: words.locale,
      facts,
      ...event,
    } as AppointmentEmailPayload;
    const lead = event.event === "reminder" ? `:${event.leadMinutes}` : "";
    entries.push({
      to: contacts[recipient].email,
      subject: appointmentSubject(payload, words),
      payload,
      idempotencyKey: `${payload.kind}:${appointmentId}:${facts.sequence}${lead}:${recipient}`,
      appointmentId,
      availableAt: options.availableAt,
    });
  }
  await enqueueEmails(tx, entries);
  return entries.map((e) => e.idempotencyKey);
}
