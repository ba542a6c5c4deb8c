import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { lockDoctorSchedule } from "@/lib/availability/schedule-lock";
import { localDateTimeToInstant } from "@/lib/scheduling/local-datetime";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { doctorPolicy } from "./policy";
import type { LeaveFormInput } from "./schemas";
import {
  listLiveFutureAppointments,
  resolveStranded,
  withStrandedDecision,
  type ScheduleChangeResult,
} from "./stranded";

const MAX_LEAVE_DAYS = 366;

/** The doctor's leave that has not ended yet, soonest first (none for an actor who may not see it). */
export function listCurrentLeave(actor: Actor, doctorId: string, now: Date) {
  if (!doctorPolicy.can(actor, "doctor.manage", { doctorId })) return Promise.resolve([]);
  return getDb().leave.findMany({
    where: { doctorId, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, note: true },
  });
}

/**
 * Adds time off. Appointments inside it are listed for the doctor to keep or cancel, and whatever
 * they choose is applied in the same transaction as the new leave.
 */
export async function addLeave(actor: Actor, input: LeaveFormInput, now = new Date()): Promise<ScheduleChangeResult> {
  doctorPolicy.assertCan(actor, "doctor.manage", { doctorId: input.doctorId });
  const settings = await getSchedulingSettings();
  const start = localDateTimeToInstant(input.startsAt, settings.timeZone);
  const end = localDateTimeToInstant(input.endsAt, settings.timeZone);
  if (end <= now) throw new DomainError("This leave is already over.", "endsAt");
  // The form checked end > start on the clock; on a spring-forward day two clock times in the skipped
  // hour name the same instant, which the table's check would refuse with a 500.
  if (end <= start) throw new DomainError("errors.leaveInClockGap", "endsAt");
  if (end.getTime() - start.getTime() > MAX_LEAVE_DAYS * 86_400_000)
    throw new DomainError("Enter at most a year of leave at a time.", "endsAt");
  return withStrandedDecision(settings.timeZone, () =>
    getDb().$transaction(async (tx) => {
      // Waits for bookings in flight, so the stranded list below includes them (schedule-lock.ts).
      if (!(await lockDoctorSchedule(tx, input.doctorId))) throw new DomainError("We could not find that doctor.");
      const live = await listLiveFutureAppointments(tx, input.doctorId, now);
      const stranded = live.filter((a) => a.startsAt < end && start < a.endsAt);
      const decided = await resolveStranded(tx, actor, stranded, input, settings, now);
      const leave = await tx.leave.create({
        data: { doctorId: input.doctorId, startsAt: start, endsAt: end, note: input.note || null },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "doctor.leave.add",
          entityType: "leave",
          entityId: leave.id,
          detail: { doctorId: input.doctorId, ...decided },
        },
        tx,
      );
      return decided;
    }),
  );
}

/** Removes a leave of a doctor the actor manages (another doctor's leave is not found). */
export async function deleteLeave(actor: Actor, leaveId: string): Promise<void> {
  doctorPolicy.assertRole(actor, "doctor.manage");
  const leave = await getDb().leave.findUnique({ where: { id: leaveId }, select: { id: true, doctorId: true } });
  if (!leave || !doctorPolicy.can(actor, "doctor.manage", { doctorId: leave.doctorId }))
    throw new DomainError("We could not find that leave.");
  await getDb().$transaction(async (tx) => {
    await tx.leave.delete({ where: { id: leave.id } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "doctor.leave.delete",
        entityType: "leave",
        entityId: leave.id,
        detail: { doctorId: leave.doctorId },
      },
      tx,
    );
  });
}
