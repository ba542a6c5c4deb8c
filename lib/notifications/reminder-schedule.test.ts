import { describe, expect, it } from "vitest";
import { dueReminders, type ReminderCandidate } from "./reminder-schedule";
import { changedReminderReason, staleReminderReason } from "./reminder-check";

const start = new Date("2030-01-10T10:00:00Z");
const at = (hoursBefore: number) => new Date(start.getTime() - hoursBefore * 3_600_000);
const appointment = (
  reminders: ReminderCandidate["reminders"] = [],
  sequence = 0,
  updatedAt = at(72),
): ReminderCandidate => ({ id: "a", sequence, startsAt: start, updatedAt, reminders });
const leads = (now: Date, a = appointment(), lookahead = 0) =>
  dueReminders([a], [1440, 120], now, lookahead).map((d) => [d.leadMinutes, d.availableAt.toISOString()]);

describe("which reminders are due", () => {
  it("none before the first lead time; each lead once its moment has come", () => {
    expect(leads(at(25))).toEqual([]);
    expect(leads(at(24))).toEqual([[1440, at(24).toISOString()]]);
    expect(leads(at(1))).toEqual([
      [1440, at(1).toISOString()],
      [120, at(1).toISOString()],
    ]);
  });

  it("written a little ahead (lookahead) but held until its moment", () => {
    expect(leads(at(24.05), appointment(), 5 * 60_000)).toEqual([[1440, at(24).toISOString()]]);
  });

  it("skips a lead already reminded at this sequence, but re-arms after a move", () => {
    expect(leads(at(1), appointment([{ leadMinutes: 1440, sequence: 0 }]))).toEqual([[120, at(1).toISOString()]]);
    expect(
      leads(
        at(1),
        appointment(
          [
            { leadMinutes: 1440, sequence: 0 },
            { leadMinutes: 120, sequence: 0 },
          ],
          1,
        ),
      ),
    ).toHaveLength(2);
  });

  it("skips a lead whose moment had passed when the appointment was booked or moved", () => {
    expect(leads(at(1), appointment([], 0, at(3)))).toEqual([[120, at(1).toISOString()]]);
    expect(leads(at(1), appointment([], 1, at(1.5)))).toEqual([]);
    expect(leads(at(1), appointment([], 0, at(24)))).toEqual([
      [1440, at(1).toISOString()],
      [120, at(1).toISOString()],
    ]);
  });

  it("nothing once the appointment has started; bad lead settings are ignored", () => {
    expect(leads(start)).toEqual([]);
    expect(dueReminders([appointment()], [0, -5, 1.5, 120, 120], at(1), 0)).toHaveLength(1);
  });
});

describe("a reminder about to be sent", () => {
  const now = at(2);
  it("goes out only for a confirmed, unchanged appointment still ahead", () => {
    expect(staleReminderReason({ sequence: 2 }, { status: "CONFIRMED", sequence: 2, startsAt: start }, now)).toBeNull();
    expect(staleReminderReason({ sequence: 2 }, { status: "CANCELLED", sequence: 3, startsAt: start }, now)).toBe(
      "Not sent: the appointment is cancelled.",
    );
    expect(staleReminderReason({ sequence: 2 }, { status: "CONFIRMED", sequence: 3, startsAt: start }, now)).toMatch(
      /changed/,
    );
    expect(staleReminderReason({ sequence: 2 }, { status: "CONFIRMED", sequence: 2, startsAt: start }, start)).toMatch(
      /started/,
    );
    expect(staleReminderReason({ sequence: 2 }, null, now)).toMatch(/no longer exists/);
  });

  it("is dropped by a change with the words the dispatcher would use", () => {
    expect(changedReminderReason("CANCELLED")).toBe(
      staleReminderReason({ sequence: 2 }, { status: "CANCELLED", sequence: 3, startsAt: start }, now),
    );
    expect(changedReminderReason("CONFIRMED")).toBe(
      staleReminderReason({ sequence: 2 }, { status: "CONFIRMED", sequence: 3, startsAt: start }, now),
    );
  });
});
