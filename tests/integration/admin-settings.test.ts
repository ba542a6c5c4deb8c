import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-error";
import { getFreeSlots } from "@/lib/availability/service";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { addHoliday, removeHoliday, updateClinicSettings } from "@/lib/settings/service";
import { clinicSettingsSchema } from "@/lib/settings/schemas";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z"); // a Monday
const admin: Actor = { id: "", email: "a@clinic.test", name: "Admin", role: "ADMIN", patientId: null, doctorId: null };
let doctorId: string;

const form = (overrides: Record<string, string> = {}) =>
  clinicSettingsSchema.parse({
    name: "Test Clinic",
    timeZone: "UTC",
    cancellationCutoffHours: "24",
    minNoticeMinutes: "60",
    bookingWindowDays: "30",
    reminderLeadMinutes: "1440, 120",
    ...overrides,
  });

const firstSlotOn = async (day: string) => {
  const settings = await getSchedulingSettings();
  const slots = await getFreeSlots(doctorId, settings, now, {
    start: new Date(`${day}T00:00:00Z`),
    end: new Date(`${day}T23:59:59Z`),
  });
  return slots[0]?.start.toISOString() ?? null;
};

beforeAll(async () => {
  await setClinic(database.db, { minNoticeMinutes: 60 });
  admin.id = (await database.db.user.create({ data: { email: admin.email, name: admin.name, role: "ADMIN" } })).id;
  ({ doctorId } = await makeDoctor(database.db));
});

describe("clinic settings", () => {
  it("apply to the slot engine at once and are audited field by field", async () => {
    expect(await firstSlotOn("2030-01-07")).toBe("2030-01-07T09:00:00.000Z");
    const { changed } = await updateClinicSettings(admin, form({ minNoticeMinutes: "360" }));
    expect(changed).toEqual(["minNoticeMinutes"]);
    expect(await firstSlotOn("2030-01-07")).toBe("2030-01-07T14:00:00.000Z");
    const event = await database.db.auditEvent.findFirstOrThrow({
      where: { action: "settings.update" },
      orderBy: { id: "desc" },
    });
    expect(event.detail).toMatchObject({ minNoticeMinutes: { from: 60, to: 360 } });
  });

  it("a time zone change moves the working hours to the new local times", async () => {
    await updateClinicSettings(admin, form({ minNoticeMinutes: "60", timeZone: "Asia/Tokyo" }));
    // 09:00 in Tokyo is 00:00 UTC.
    expect(await firstSlotOn("2030-01-08")).toBe("2030-01-08T00:00:00.000Z");
    expect((await getSchedulingSettings()).timeZone).toBe("Asia/Tokyo");
    await updateClinicSettings(admin, form({ minNoticeMinutes: "60" }));
  });

  it("records nothing when nothing changed", async () => {
    const before = await database.db.auditEvent.count({ where: { action: "settings.update" } });
    expect((await updateClinicSettings(admin, form({ minNoticeMinutes: "60" }))).changed).toEqual([]);
    expect(await database.db.auditEvent.count({ where: { action: "settings.update" } })).toBe(before);
  });

  it("a holiday closes its day; a second on that date is refused at the field; removing reopens it", async () => {
    expect(await addHoliday(admin, { date: "2030-01-09", name: "Founders' Day" })).toEqual({ bookedThatDay: 0 });
    expect(await firstSlotOn("2030-01-09")).toBeNull();
    const duplicate = await addHoliday(admin, { date: "2030-01-09", name: "Again" }).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(DomainError);
    expect((duplicate as DomainError).field).toBe("date");
    const holiday = await database.db.holiday.findFirstOrThrow({ where: { name: "Founders' Day" } });
    await removeHoliday(admin, { holidayId: holiday.id });
    expect(await firstSlotOn("2030-01-09")).toBe("2030-01-09T09:00:00.000Z");
    expect(
      await database.db.auditEvent.count({
        where: { action: { in: ["settings.holiday_add", "settings.holiday_remove"] } },
      }),
    ).toBe(2);
  });

  it("counts the visits already booked on a new holiday, by the clinic's local day, and keeps them", async () => {
    await updateClinicSettings(admin, form({ timeZone: "Pacific/Auckland" }));
    const patientId = (await makePatient(database.db)).patientId!;
    // 2030-02-14 in Auckland (UTC+13) runs from 2030-02-13T11:00Z to 2030-02-14T11:00Z.
    const visit = (iso: string, status: "CONFIRMED" | "CANCELLED" = "CONFIRMED") => ({
      patientId,
      doctorId,
      status,
      reason: "Holiday check",
      feeCents: 0,
      startsAt: new Date(iso),
      endsAt: new Date(new Date(iso).getTime() + 30 * 60_000),
    });
    await database.db.appointment.createMany({
      data: [
        visit("2030-02-13T20:00:00Z"),
        visit("2030-02-14T09:00:00Z"),
        visit("2030-02-14T06:00:00Z", "CANCELLED"),
        visit("2030-02-14T12:00:00Z"),
      ],
    });
    expect(await addHoliday(admin, { date: "2030-02-14", name: "Closed" })).toEqual({ bookedThatDay: 2 });
    expect(await database.db.appointment.count({ where: { reason: "Holiday check", status: "CONFIRMED" } })).toBe(3);
    await updateClinicSettings(admin, form());
  });
});
