import { describe, expect, it } from "vitest";
import { appointmentIcs } from "./appointment-ics";

const base = {
  id: "6f1c2b1e-0000-4000-8000-000000000001",
  sequence: 2,
  cancelled: false,
  start: new Date("2026-03-29T00:30:00Z"),
  end: new Date("2026-03-29T01:00:00Z"),
  summary: "Appointment with Priya Patel",
  location: "Riverside, Room 1",
  description: "Cough",
  clinicName: "Riverside Family Clinic",
};

describe("appointmentIcs", () => {
  it("writes one event with a stable UID, its SEQUENCE and UTC times", () => {
    const text = appointmentIcs(base);
    expect(text).toContain("UID:appointment-6f1c2b1e-0000-4000-8000-000000000001@clinic-appointments");
    expect(text).toContain("SEQUENCE:2");
    expect(text).toContain("DTSTART:20260329T003000Z");
    expect(text).toContain("DTEND:20260329T010000Z");
    expect(text).toContain("STATUS:CONFIRMED");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("marks a cancelled appointment so calendars remove the same event", () => {
    const text = appointmentIcs({ ...base, cancelled: true, sequence: 3 });
    expect(text).toContain("METHOD:CANCEL");
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).toContain("SEQUENCE:3");
  });
});
