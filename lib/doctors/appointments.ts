import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/session";
import { appointmentScope } from "@/lib/appointments/scope";
import { appointmentFacts, visitNotesSelect } from "@/lib/appointments/selects";

/** One appointment for the doctor's page, only if it is this doctor's own (else null). */
export function getDoctorAppointment(actor: Actor, appointmentId: string) {
  return getDb().appointment.findFirst({
    where: { id: appointmentId, ...appointmentScope(actor) },
    select: {
      ...appointmentFacts,
      sequence: true,
      cancellationReason: true,
      doctorId: true,
      patient: { select: { id: true, user: { select: { name: true } } } },
      notes: visitNotesSelect,
    },
  });
}

/** Requests waiting for this doctor's confirmation that can still be confirmed, soonest first. */
export function listPendingRequests(doctorId: string, now: Date) {
  return getDb().appointment.findMany({
    where: { doctorId, status: "PENDING", startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 20,
    select: { id: true, startsAt: true, reason: true, patient: { select: { id: true, user: { select: { name: true } } } } },
  });
}
