// Visit types in the engine: a visit's own length and buffers on the doctor's grid, bookings of any length.
import { describe, expect, it } from "vitest";
import {
  findEarliestFreeSlot,
  findNextFreeSlot,
  isSlotOffered,
  listFreeSlots,
  visitOf,
  type BusyRange,
} from "./availability";
import { at, days, H, hours, input, LONDON, wall } from "./availability-fixtures";

// Wednesday 2026-07-15, London on BST.
const WED = "2026-07-15";
const london = (time: string) => at(LONDON, `${WED}T${time}`);
const booked = (from: string, to: string, buffers: Partial<BusyRange> = {}): BusyRange => ({
  start: london(from),
  end: london(to),
  ...buffers,
});
const MINUTE = 60_000;

describe("a visit type on the doctor's grid", () => {
  it("places a 45-minute visit on a 15-minute grid", () => {
    const doctor = input({ weeklyHours: hours([3], [H(9), H(11)]), slotMinutes: 15 });
    const slots = listFreeSlots({ ...doctor, visit: { durationMinutes: 45 } }, days(LONDON, WED));
    expect(wall(slots, LONDON)).toEqual(["09:00", "09:15", "09:30", "09:45", "10:00", "10:15"]);
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 45 * MINUTE)).toBe(true);
  });

  it("takes the grid from gridMinutes when the doctor's own visit is longer than the step", () => {
    const doctor = input({ weeklyHours: hours([3], [H(9), H(10)]), slotMinutes: 30, gridMinutes: 15 });
    expect(wall(listFreeSlots(doctor, days(LONDON, WED)), LONDON)).toEqual(["09:00", "09:15", "09:30"]);
    expect(wall(listFreeSlots({ ...doctor, visit: { durationMinutes: 20 } }, days(LONDON, WED)), LONDON)).toEqual([
      "09:00",
      "09:15",
      "09:30",
    ]);
  });

  it("without a visit, places the doctor's slotMinutes with the doctor's buffers, as before visit types", () => {
    const doctor = input({ slotMinutes: 30, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 });
    expect(visitOf(doctor)).toEqual({ durationMinutes: 30, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 });
    expect(visitOf({ ...doctor, visit: { durationMinutes: 45, bufferAfterMinutes: 0 } })).toEqual({
      durationMinutes: 45,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 0,
    });
    const busy = [booked("10:00", "10:30")];
    expect(listFreeSlots({ ...doctor, busy }, days(LONDON, WED))).toEqual(
      listFreeSlots({ ...doctor, busy, visit: { durationMinutes: 30 } }, days(LONDON, WED)),
    );
  });

  it("is blocked by bookings of any length, on the grid or off it", () => {
    const doctor = input({ weeklyHours: hours([3], [H(9), H(12, 30)]), slotMinutes: 15 });
    const busy = [booked("09:50", "10:05"), booked("10:30", "11:30")];
    const slots = listFreeSlots({ ...doctor, busy, visit: { durationMinutes: 45 } }, days(LONDON, WED));
    expect(wall(slots, LONDON)).toEqual(["09:00", "11:30", "11:45"]);
  });

  it("keeps the visit's buffers and each booking's own buffers apart", () => {
    const doctor = input({ weeklyHours: hours([3], [H(9), H(13)]), slotMinutes: 15 });
    const busy = [booked("10:00", "10:15"), booked("11:30", "11:45", { bufferAfterMinutes: 15 })];
    const plain = listFreeSlots({ ...doctor, busy, visit: { durationMinutes: 30 } }, days(LONDON, WED));
    expect(wall(plain, LONDON)).toEqual([
      "09:00",
      "09:15",
      "09:30",
      "10:15",
      "10:30",
      "10:45",
      "11:00",
      "12:00",
      "12:15",
      "12:30",
    ]);
    // 10 minutes before and 5 after this visit: [s − 10, s + 35) must miss [10:00, 10:15) and [11:30, 12:00).
    const buffered = listFreeSlots(
      { ...doctor, busy, visit: { durationMinutes: 30, bufferBeforeMinutes: 10, bufferAfterMinutes: 5 } },
      days(LONDON, WED),
    );
    expect(wall(buffered, LONDON)).toEqual(["09:00", "09:15", "10:30", "10:45", "12:15", "12:30"]);
  });

  it("accepts a booking only with the visit's own length", () => {
    const doctor = input({ weeklyHours: hours([3], [H(9), H(12)]), slotMinutes: 15, visit: { durationMinutes: 45 } });
    expect(isSlotOffered(doctor, { start: london("09:15"), end: london("10:00") })).toBe(true);
    expect(isSlotOffered(doctor, { start: london("09:15"), end: london("09:30") })).toBe(false);
    expect(isSlotOffered(doctor, { start: london("09:20"), end: london("10:05") })).toBe(false); // off the grid
  });

  it("refuses a grid or visit that is not a positive whole number of minutes, and a negative buffer", () => {
    const doctor = input();
    expect(() => listFreeSlots({ ...doctor, gridMinutes: 0 }, days(LONDON, WED))).toThrow(RangeError);
    expect(() => listFreeSlots({ ...doctor, visit: { durationMinutes: 7.5 } }, days(LONDON, WED))).toThrow(RangeError);
    expect(() =>
      listFreeSlots({ ...doctor, visit: { durationMinutes: 30, bufferAfterMinutes: -5 } }, days(LONDON, WED)),
    ).toThrow(RangeError);
  });
});

describe("findEarliestFreeSlot", () => {
  const now = london("07:00");
  const doctor = (busy: BusyRange[]) =>
    input({ now, weeklyHours: hours([3, 4], [H(9), H(12)]), slotMinutes: 15, busy, visit: { durationMinutes: 45 } });

  it("finds the earliest slot of a visit type across doctors, and which doctor has it", () => {
    const full = doctor([booked("08:00", "12:00")]);
    const at11 = doctor([booked("09:00", "11:00")]);
    const shortGap = doctor([booked("09:00", "10:00"), booked("10:30", "12:00")]); // 30 minutes: too short for 45
    expect(findEarliestFreeSlot([full, shortGap, at11])).toEqual({
      index: 2,
      slot: { start: london("11:00"), end: london("11:45") },
    });
    expect(findEarliestFreeSlot([full, full])).toEqual({ index: 0, slot: findNextFreeSlot(full) });
    expect(findEarliestFreeSlot([at11, at11])?.index).toBe(0); // a tie goes to the first
    expect(findEarliestFreeSlot([])).toBeNull();
    expect(findEarliestFreeSlot([{ ...full, bookingWindowDays: 0 }])).toBeNull();
  });

  it("starts from `from` when given", () => {
    expect(findEarliestFreeSlot([doctor([])], london("10:50"))?.slot.start).toEqual(london("11:00"));
  });
});
