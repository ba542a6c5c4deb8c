import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { nearestFreeSlots, type SlotQuery } from "@/lib/availability/service";
import { formatDateTime } from "@/lib/format/datetime";
import { getFormat } from "@/lib/language/server";
import type { SchedulingSettings } from "@/lib/settings/queries";

/** Times on the suggested links in the reader's language; outside a request (tests, scripts), in English. */
async function slotLabel(): Promise<(start: Date, timeZone: string) => string> {
  try {
    const format = await getFormat();
    return (start, timeZone) =>
      timeZone === format.timeZone ? format.dateTime(start) : formatDateTime(start, timeZone);
  } catch {
    return formatDateTime;
  }
}

/** "That time is gone", with the nearest free times as links to book (or move to) instead. */
export async function slotUnavailable(
  doctorId: string,
  settings: SchedulingSettings,
  now: Date,
  wanted: Date,
  why: "taken" | "unavailable",
  linkFor: (start: Date) => string,
  query: SlotQuery,
): Promise<DomainError> {
  const [nearest, label] = await Promise.all([nearestFreeSlots(doctorId, settings, now, wanted, query), slotLabel()]);
  const links = nearest.map((slot) => ({ href: linkFor(slot.start), label: label(slot.start, settings.timeZone) }));
  return new DomainError(`errors.appointments.${why}${links.length ? "Nearest" : "None"}`, undefined, links);
}

export const bookingLink = (doctorId: string) => (start: Date) =>
  `/patient/book?doctor=${doctorId}&start=${encodeURIComponent(start.toISOString())}`;
const AREA: Record<Role, string> = { PATIENT: "patient", DOCTOR: "doctor", ADMIN: "admin" };
/** The confirm page of a move in the mover's own area: a doctor's links stay in /doctor, an admin's in /admin. */
export const rescheduleLink =
  (appointmentId: string, role: Role = "PATIENT") =>
  (start: Date) =>
    `/${AREA[role]}/appointments/${appointmentId}/reschedule/confirm?start=${encodeURIComponent(start.toISOString())}`;
