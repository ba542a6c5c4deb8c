import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  bookingWindowEnd,
  findNextFreeSlot,
  isSlotOffered,
  listFreeSlots,
  visitOf,
  type AvailabilityInput,
  type TimeRange,
} from "@/lib/scheduling/availability";
import { isPractising } from "./rota";
import type { SchedulingSettings } from "@/lib/settings/queries";

// The I/O shell around the pure engine: loads rows, maps them to engine input, calls the core.

const DAY_MS = 86_400_000;
const live = ["PENDING", "CONFIRMED"] as const;

/** "new": a new booking (the doctor must accept new patients); "move": rescheduling an existing one. */
export type Purpose = "new" | "move";

/** Where rows are read: the app's client, or a transaction that must see its own locks and writes. */
type Reader = Pick<Prisma.TransactionClient, "doctorProfile" | "leave" | "appointment" | "holiday">;

export type DoctorAvailability = { doctorId: string; active: boolean; accepting: boolean; input: AvailabilityInput };

const offers = (a: DoctorAvailability | undefined, purpose: Purpose): a is DoctorAvailability =>
  Boolean(a?.active && (purpose === "move" || a.accepting));

/**
 * The first instant after the booking window, counted as the engine counts it: the start of the local
 * day after its last day (not now + (N + 1) × 24 h, which falls short when a 25-hour day lies between).
 */
export function windowEnd(settings: SchedulingSettings, now: Date): Date {
  return bookingWindowEnd({ timeZone: settings.timeZone, now, bookingWindowDays: settings.bookingWindowDays });
}

const localDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Engine input for each doctor over `horizon`, in four queries whatever the number of doctors.
 * `excludeAppointmentId` leaves one appointment out of the busy times (when moving it).
 */
export async function loadAvailability(
  doctorIds: string[],
  settings: SchedulingSettings,
  now: Date,
  horizon: TimeRange,
  excludeAppointmentId?: string,
  db: Reader = getDb(),
): Promise<Map<string, DoctorAvailability>> {
  if (doctorIds.length === 0) return new Map();
  // Busy times and leaves are read a day wider on each side: buffers reach across the edges.
  const from = new Date(horizon.start.getTime() - DAY_MS);
  const to = new Date(horizon.end.getTime() + DAY_MS);
  const [doctors, leaves, busy, holidays] = await Promise.all([
    db.doctorProfile.findMany({
      where: { id: { in: doctorIds } },
      select: {
        id: true,
        slotMinutes: true,
        bufferBeforeMin: true,
        bufferAfterMin: true,
        acceptingPatients: true,
        user: { select: { active: true, role: true } },
        workingHours: { select: { weekday: true, startMinute: true, endMinute: true } },
      },
    }),
    db.leave.findMany({
      where: { doctorId: { in: doctorIds }, endsAt: { gt: from }, startsAt: { lt: to } },
      select: { doctorId: true, startsAt: true, endsAt: true },
    }),
    db.appointment.findMany({
      where: {
        doctorId: { in: doctorIds },
        status: { in: [...live] },
        endsAt: { gt: from },
        startsAt: { lt: to },
        ...(excludeAppointmentId ? { id: { not: excludeAppointmentId } } : {}),
      },
      select: { doctorId: true, startsAt: true, endsAt: true },
    }),
    db.holiday.findMany({
      where: { date: { gte: new Date(localDate(from)), lte: new Date(localDate(to)) } },
      select: { date: true },
    }),
  ]);
  const holidayDates = holidays.map((h) => localDate(h.date));
  const result = new Map<string, DoctorAvailability>();
  for (const doctor of doctors) {
    const ranges = (rows: { doctorId: string; startsAt: Date; endsAt: Date }[]) =>
      rows.filter((r) => r.doctorId === doctor.id).map((r) => ({ start: r.startsAt, end: r.endsAt }));
    result.set(doctor.id, {
      doctorId: doctor.id,
      active: isPractising(doctor.user),
      accepting: doctor.acceptingPatients,
      input: {
        timeZone: settings.timeZone,
        weeklyHours: doctor.workingHours,
        slotMinutes: doctor.slotMinutes,
        bufferBeforeMinutes: doctor.bufferBeforeMin,
        bufferAfterMinutes: doctor.bufferAfterMin,
        leaves: ranges(leaves),
        holidays: holidayDates,
        busy: ranges(busy),
        minNoticeMinutes: settings.minNoticeMinutes,
        bookingWindowDays: settings.bookingWindowDays,
        now,
      },
    });
  }
  return result;
}

export type SlotQuery = { purpose: Purpose; excludeAppointmentId?: string };

/** Free slots of one doctor that start within `range` (none when the doctor takes no bookings). */
export async function getFreeSlots(
  doctorId: string,
  settings: SchedulingSettings,
  now: Date,
  range: TimeRange,
  query: SlotQuery = { purpose: "new" },
) {
  const availability = (await loadAvailability([doctorId], settings, now, range, query.excludeAppointmentId)).get(
    doctorId,
  );
  return offers(availability, query.purpose) ? listFreeSlots(availability.input, range) : [];
}

/** Each doctor's next free slot within the booking window (null when none or not bookable). */
export async function getNextFreeSlots(
  doctorIds: string[],
  settings: SchedulingSettings,
  now: Date,
): Promise<Map<string, TimeRange | null>> {
  const all = await loadAvailability(doctorIds, settings, now, { start: now, end: windowEnd(settings, now) });
  return new Map(
    doctorIds.map((id) => {
      const availability = all.get(id);
      return [id, offers(availability, "new") ? findNextFreeSlot(availability.input) : null];
    }),
  );
}

/** The slot starting at `start` if the engine offers it for this doctor now, else null. */
export async function findOfferedSlot(
  doctorId: string,
  settings: SchedulingSettings,
  now: Date,
  start: Date,
  query: SlotQuery,
  db?: Reader,
): Promise<TimeRange | null> {
  // Nothing before now or past the window is offered; such a time (year 0 from a crafted URL) never reaches a query.
  if (!(start >= now && start < windowEnd(settings, now))) return null;
  const probe = { start, end: new Date(start.getTime() + 1) };
  const availability = (await loadAvailability([doctorId], settings, now, probe, query.excludeAppointmentId, db)).get(
    doctorId,
  );
  if (!offers(availability, query.purpose)) return null;
  const slot = { start, end: new Date(start.getTime() + visitOf(availability.input).durationMinutes * 60_000) };
  return isSlotOffered(availability.input, slot) ? slot : null;
}

/** Up to `count` free slots nearest to `around` (before and after), for "that time was just taken". */
export async function nearestFreeSlots(
  doctorId: string,
  settings: SchedulingSettings,
  now: Date,
  wanted: Date,
  query: SlotQuery,
  count = 4,
): Promise<TimeRange[]> {
  const around = new Date(Math.min(Math.max(wanted.getTime(), now.getTime()), windowEnd(settings, now).getTime()));
  const span = 3 * DAY_MS;
  const range = {
    start: new Date(Math.max(now.getTime(), around.getTime() - span)),
    end: new Date(around.getTime() + span),
  };
  const slots = await getFreeSlots(doctorId, settings, now, range, query);
  return slots
    .sort((a, b) => Math.abs(a.start.getTime() - around.getTime()) - Math.abs(b.start.getTime() - around.getTime()))
    .slice(0, count)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
