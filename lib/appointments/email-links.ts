import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/session";
import { staleVersionMessage } from "./load-for-change";
import { checkActionToken } from "@/lib/notifications/action-links";
import type { ActionClaims } from "@/lib/notifications/action-token";

export type LinkProblem = "invalid" | "expired" | "stale";

export const linkProblemMessage: Record<LinkProblem, string> = {
  invalid: "errors.appointments.linkInvalid",
  expired: "errors.appointments.linkExpired",
  stale: staleVersionMessage,
};

const appointmentSelect = {
  id: true,
  patientId: true,
  doctorId: true,
  status: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  reason: true,
  doctor: {
    select: { id: true, location: true, user: { select: { name: true } }, specialty: { select: { name: true } } },
  },
  patient: { select: { id: true, user: { select: { id: true, email: true, name: true, active: true } } } },
} as const;

/**
 * Opens an emailed link: a valid signature, not expired, and the appointment still at the version
 * the email described. The appointment's own patient is the actor, so the ordinary cancel and
 * reschedule services (status machine, cut-off, scoping) decide what happens next.
 */
export async function openActionLink(token: string, now = new Date()) {
  const check = checkActionToken(token, now);
  if (!check.ok) return { ok: false as const, problem: check.problem };
  const appointment = await getDb().appointment.findUnique({
    where: { id: check.claims.appointmentId },
    select: appointmentSelect,
  });
  if (!appointment || !appointment.patient.user.active) return { ok: false as const, problem: "invalid" as const };
  if (appointment.sequence !== check.claims.sequence) return { ok: false as const, problem: "stale" as const };
  const user = appointment.patient.user;
  const actor: Actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "PATIENT",
    patientId: appointment.patient.id,
    doctorId: null,
  };
  return { ok: true as const, claims: check.claims as ActionClaims, appointment, actor };
}
