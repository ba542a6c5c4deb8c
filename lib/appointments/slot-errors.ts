import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { nearestFreeSlots, type SlotQuery } from "@/lib/availability/service";
import { formatDateTime } from "@/lib/format/datetime";
import type { SchedulingSettings } from "@/lib/settings/queries";

/** "That time is gone", with the nearest free times as links to book (or move to) instead. */
export async function slotUnavailable(
  doctorId: string,
  settings: SchedulingSettings,
  now: Date,
  wanted: Date,
  message: string,
  linkFor: (start: Date) => string,
  query: SlotQuery,
): Promise<DomainError> {
  const nearest = await nearestFreeSlots(doctorId, settings, now, wanted, query);
  const links = nearest.map((slot) => ({
    href: linkFor(slot.start),
    label: formatDateTime(slot.start, settings.timeZone),
  }));
  return new DomainError(
    links.length ? `${message} — here are the nearest free times.` : `${message}, and there is no free time nearby.`,
    undefined,
    links,
  );
}

export const bookingLink = (doctorId: string) => (start: Date) =>
  `/patient/book?doctor=${doctorId}&start=${encodeURIComponent(start.toISOString())}`;
const AREA: Record<Role, string> = { PATIENT: "patient", DOCTOR: "doctor", ADMIN: "admin" };
/** The confirm page of a move in the mover's own area: a doctor's links stay in /doctor, an admin's in /admin. */
export const rescheduleLink =
  (appointmentId: string, role: Role = "PATIENT") =>
  (start: Date) =>
    `/${AREA[role]}/appointments/${appointmentId}/reschedule/confirm?start=${encodeURIComponent(start.toISOString())}`;
