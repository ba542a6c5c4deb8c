// Regression (issue #16): the booking check counted the window as now + (N + 1) × 24 h and refused
// slots the engine lists late on the window's last day when a 25-hour day lies in between.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { findOfferedSlot, getFreeSlots } from "@/lib/availability/service";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();

// 00:05 BST on Wednesday 21 October 2026. With a 5-day window the last day is Monday 26 October, after
// Sunday the 25th (25 hours): the window ends at 27 October 00:00 GMT, 25 h 55 min after now + 5 × 24 h.
const now = new Date("2026-10-20T23:05:00Z");
const lastDay = { start: new Date("2026-10-26T00:00:00Z"), end: new Date("2026-10-27T00:00:00Z") };

beforeAll(async () => {
  await setClinic(database.db, { timeZone: "Europe/London", minNoticeMinutes: 0, bookingWindowDays: 5 });
});

describe("the booking window across a fall-back day", () => {
  it("accepts every slot the engine lists on the window's last day, and nothing on the day after", async () => {
    const { doctorId } = await makeDoctor(database.db, { startMinute: 22 * 60, endMinute: 1440 });
    const settings = await getSchedulingSettings();
    const listed = await getFreeSlots(doctorId, settings, now, lastDay);
    expect(listed.map((s) => s.start.toISOString())).toEqual(
      ["22:00", "22:30", "23:00", "23:30"].map((t) => `2026-10-26T${t}:00.000Z`),
    );
    for (const slot of listed)
      expect(await findOfferedSlot(doctorId, settings, now, slot.start, { purpose: "new" })).toEqual(slot);
    expect(
      await findOfferedSlot(doctorId, settings, now, new Date("2026-10-27T22:00:00Z"), { purpose: "new" }),
    ).toBeNull();
  });

  it("books the last slot of the window", async () => {
    const { doctorId } = await makeDoctor(database.db, { startMinute: 22 * 60, endMinute: 1440 });
    const { id } = await bookAppointment(
      await makePatient(database.db),
      { doctorId, start: "2026-10-26T23:30:00.000Z", reason: "Late clinic" },
      now,
    );
    const row = await database.db.appointment.findUniqueOrThrow({
      where: { id },
      select: { startsAt: true, endsAt: true },
    });
    expect(row).toEqual({ startsAt: new Date("2026-10-26T23:30:00Z"), endsAt: new Date("2026-10-27T00:00:00Z") });
  });
});
