import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError, FieldErrorsError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { lockDoctorSchedule } from "@/lib/availability/schedule-lock";
import { isWithinWorkingTime, type WeeklyInterval } from "@/lib/scheduling/availability";
import { validateHoursSettings, type HoursSettings } from "@/lib/scheduling/weekly-hours";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { doctorPolicy } from "./policy";
import { hoursProblemMessages, type HoursFormInput } from "./schemas";
import {
  listLiveFutureAppointments,
  resolveStranded,
  withStrandedDecision,
  type LiveAppointment,
  type ScheduleChangeResult,
} from "./stranded";

const notFound = () => new DomainError("errors.doctors.noDoctor");

/** The doctor's current hours and appointment settings, for the editor; null when the actor may not see them. */
export async function getDoctorHours(actor: Actor, doctorId: string): Promise<HoursSettings | null> {
  if (!doctorPolicy.can(actor, "doctor.manage", { doctorId })) return null;
  const doctor = await getDb().doctorProfile.findUnique({
    where: { id: doctorId },
    select: {
      slotMinutes: true,
      bufferBeforeMin: true,
      bufferAfterMin: true,
      workingHours: {
        select: { weekday: true, startMinute: true, endMinute: true },
        orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      },
    },
  });
  if (!doctor) return null;
  return {
    intervals: doctor.workingHours,
    slotMinutes: doctor.slotMinutes,
    bufferBeforeMin: doctor.bufferBeforeMin,
    bufferAfterMin: doctor.bufferAfterMin,
  };
}

/**
 * Appointments inside the current weekly hours that the new hours would leave outside. Only the
 * weekly pattern is compared: leave and holidays are the same before and after this change.
 */
function strandedByHours(
  appointments: LiveAppointment[],
  current: WeeklyInterval[],
  next: WeeklyInterval[],
  timeZone: string,
): LiveAppointment[] {
  const within = (weeklyHours: WeeklyInterval[], a: LiveAppointment) =>
    isWithinWorkingTime({ timeZone, weeklyHours, holidays: [], leaves: [] }, { start: a.startsAt, end: a.endsAt });
  return appointments.filter((a) => within(current, a) && !within(next, a));
}

/**
 * Saves a doctor's weekly hours, slot length and buffers, and — in the same transaction — keeps or
 * cancels the appointments the new hours strand, as the doctor chose. For the doctor themself or an
 * admin. Invalid hours are refused field by field; stranded appointments come back as the result.
 */
export async function saveWorkingHours(
  actor: Actor,
  input: HoursFormInput,
  now = new Date(),
): Promise<ScheduleChangeResult> {
  doctorPolicy.assertCan(actor, "doctor.manage", { doctorId: input.doctorId });
  const validation = validateHoursSettings({
    intervals: input.intervals,
    slotMinutes: input.slotMinutes,
    bufferBeforeMin: input.bufferBeforeMin,
    bufferAfterMin: input.bufferAfterMin,
  });
  if (!validation.ok) {
    const messages = Object.entries(hoursProblemMessages(validation.errors));
    const fieldErrors = Object.fromEntries(messages.map(([key, message]) => [key, [message]]));
    throw new FieldErrorsError("errors.doctors.correctHours", fieldErrors);
  }
  const hours = validation.value;
  const settings = await getSchedulingSettings();
  return withStrandedDecision(settings.timeZone, () =>
    getDb().$transaction(async (tx) => {
      // Waits for bookings in flight, so the stranded list below includes them (schedule-lock.ts).
      if (!(await lockDoctorSchedule(tx, input.doctorId))) throw notFound();
      const doctor = await tx.doctorProfile.findUnique({
        where: { id: input.doctorId },
        select: { id: true, workingHours: { select: { weekday: true, startMinute: true, endMinute: true } } },
      });
      if (!doctor) throw notFound();
      const live = await listLiveFutureAppointments(tx, doctor.id, now);
      const stranded = strandedByHours(live, doctor.workingHours, hours.intervals, settings.timeZone);
      const decided = await resolveStranded(tx, actor, stranded, input, settings, now);
      await tx.workingHours.deleteMany({ where: { doctorId: doctor.id } });
      await tx.workingHours.createMany({
        data: hours.intervals.map((i) => ({
          doctorId: doctor.id,
          weekday: i.weekday,
          startMinute: i.startMinute,
          endMinute: i.endMinute,
        })),
      });
      await tx.doctorProfile.update({
        where: { id: doctor.id },
        data: {
          slotMinutes: hours.slotMinutes,
          bufferBeforeMin: hours.bufferBeforeMin,
          bufferAfterMin: hours.bufferAfterMin,
        },
      });
      const detail = { intervals: hours.intervals.length, slotMinutes: hours.slotMinutes, ...decided };
      await recordAudit(
        { actorId: actor.id, action: "doctor.hours.update", entityType: "doctor", entityId: doctor.id, detail },
        tx,
      );
      return decided;
    }),
  );
}
