import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { localDayBounds } from "@/lib/scheduling/zoned-day";
import { settingsPolicy } from "./policy";
import { editableSettings } from "./queries";
import type { AddHolidayInput, ClinicSettingsInput, RemoveHolidayInput } from "./schemas";

/**
 * Saves the settings; the slot engine reads them fresh, so they apply to the next request. The
 * audit entry keeps each changed field's old and new value.
 */
export async function updateClinicSettings(actor: Actor, input: ClinicSettingsInput): Promise<{ changed: string[] }> {
  settingsPolicy.assertRole(actor, "settings.update");
  const data = { ...input, address: input.address ?? null, phone: input.phone ?? null, email: input.email ?? null };
  return getDb().$transaction(async (tx) => {
    const before = await tx.clinicSettings.findUnique({ where: { id: 1 }, select: editableSettings });
    await tx.clinicSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    const changes = Object.fromEntries(
      (Object.keys(data) as (keyof typeof data)[])
        .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(data[key]))
        .map((key) => [key, { from: before?.[key] ?? null, to: data[key] }]),
    );
    if (Object.keys(changes).length)
      await recordAudit(
        { actorId: actor.id, action: "settings.update", entityType: "clinic_settings", entityId: "1", detail: changes },
        tx,
      );
    return { changed: Object.keys(changes) };
  });
}

/**
 * Closes a day for new bookings. Appointments already booked that day stay: the admin is told how
 * many, to move or cancel them with the patients (a silent mass cancellation would surprise them).
 */
export async function addHoliday(actor: Actor, input: AddHolidayInput): Promise<{ bookedThatDay: number }> {
  settingsPolicy.assertRole(actor, "holiday.manage");
  try {
    return await getDb().$transaction(async (tx) => {
      const holiday = await tx.holiday.create({
        data: { date: new Date(`${input.date}T00:00:00Z`), name: input.name },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "settings.holiday_add",
          entityType: "holiday",
          entityId: holiday.id,
          detail: input,
        },
        tx,
      );
      const { timeZone } = await tx.clinicSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
      const day = localDayBounds(input.date, timeZone);
      const bookedThatDay = await tx.appointment.count({
        where: { status: { in: ["PENDING", "CONFIRMED"] }, startsAt: { lt: day.end }, endsAt: { gt: day.start } },
      });
      return { bookedThatDay };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("errors.settings.holidayTaken", "date");
    throw error;
  }
}

export async function removeHoliday(actor: Actor, input: RemoveHolidayInput): Promise<void> {
  settingsPolicy.assertRole(actor, "holiday.manage");
  await getDb().$transaction(async (tx) => {
    const holiday = await tx.holiday.findUnique({ where: { id: input.holidayId }, select: { date: true, name: true } });
    if (!holiday) throw new DomainError("errors.settings.holidayGone");
    await tx.holiday.delete({ where: { id: input.holidayId } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "settings.holiday_remove",
        entityType: "holiday",
        entityId: input.holidayId,
        detail: { date: holiday.date.toISOString().slice(0, 10), name: holiday.name },
      },
      tx,
    );
  });
}
