// A clinic name (or any other text) with line breaks, separators or control characters must stay
// inside its own property in both calendar files: no injected lines, no unescaped `;` or `,`.
import { describe, expect, it } from "vitest";
import { appointmentIcs } from "@/lib/calendar/appointment-ics";
import { doctorFeedIcs } from "@/lib/calendar/doctor-feed";

const hostile = "Riverside\r\nX-INJECTED:1\nEND:VCALENDAR;a,b\\c\u0000\u0007";

/** Unfolds RFC 5545 continuation lines, then splits into properties. */
const properties = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n");

function expectClean(text: string) {
  const lines = properties(text);
  expect(lines.filter((l) => l.startsWith("X-INJECTED"))).toEqual([]);
  expect(lines.filter((l) => l === "END:VCALENDAR")).toHaveLength(1);

  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  // Every physical line is a property or a folded continuation, never a bare LF.
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

describe("calendar files escape every text value", () => {
  it("the patient's .ics keeps a hostile clinic name, summary and description inside their properties", () => {
    const text = appointmentIcs({
      id: "6f1c2b1e-0000-4000-8000-000000000001",
      sequence: 1,
      cancelled: false,
      start: new Date("2030-01-08T10:00:00Z"),
      end: new Date("2030-01-08T10:15:00Z"),
      summary: `Visit ${hostile}`,
      location: hostile,
      description: `${hostile} ${"long text ".repeat(20)}`,
      clinicName: hostile,
    });
    expectClean(text);
    const prodId = properties(text).find((l) => l.startsWith("PRODID:"));
    expect(prodId).toBe("PRODID:-//Riverside\\nX-INJECTED:1\\nEND:VCALENDAR\\;a\\,b\\\\c  //clinic-appointments//EN");
  });

  it("the doctor's feed escapes NAME and X-WR-CALNAME", () => {
    const text = doctorFeedIcs({
      clinicName: hostile,
      doctorName: "Priya\nPatel",
      location: hostile,
      appointments: [
        {
          id: "a1",
          sequence: 0,
          start: new Date("2030-01-08T10:00:00Z"),
          end: new Date("2030-01-08T10:15:00Z"),
          status: "CONFIRMED",
          patientName: "Jane Doe",
        },
      ],
    });
    expectClean(text);
    const lines = properties(text);
    expect(lines).toContain("NAME:Riverside\\nX-INJECTED:1\\nEND:VCALENDAR\\;a\\,b\\\\c  : Priya\\nPatel");
    expect(lines).toContain("X-WR-CALNAME:Riverside\\nX-INJECTED:1\\nEND:VCALENDAR\\;a\\,b\\\\c  : Priya\\nPatel");
  });
});
