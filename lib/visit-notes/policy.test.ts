import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import type { PolicyActor } from "@/lib/policy/define";
import { visitNotePolicy, type NoteContext } from "./policy";

const doctor: PolicyActor = { id: "u", role: "DOCTOR", patientId: null, doctorId: "d1" };
const now = new Date("2030-01-08T10:05:00Z");
const visit = (status: NoteContext["status"], startsAt: string, doctorId = "d1"): NoteContext => ({
  doctorId,
  status,
  startsAt: new Date(startsAt),
  now,
});

describe("visitNotePolicy", () => {
  it.each([
    ["the treating doctor, visit under way", doctor, visit("CONFIRMED", "2030-01-08T10:00:00Z"), null],
    ["the treating doctor, completed visit", doctor, visit("COMPLETED", "2030-01-01T10:00:00Z"), null],
    [
      "the treating doctor, before the start",
      doctor,
      visit("CONFIRMED", "2030-01-08T11:00:00Z"),
      "Notes can be written once the visit has started.",
    ],
    [
      "the treating doctor, cancelled visit",
      doctor,
      visit("CANCELLED", "2030-01-08T10:00:00Z"),
      "Notes can be written only for a confirmed or completed visit.",
    ],
    ["another doctor", doctor, visit("COMPLETED", "2030-01-01T10:00:00Z", "d2"), "We could not find that appointment."],
    [
      "an administrator",
      { ...doctor, role: "ADMIN" as const, doctorId: null },
      visit("COMPLETED", "2030-01-01T10:00:00Z"),
      "Only the treating doctor can write visit notes.",
    ],
  ])("%s", (_who, actor, record, reason) => {
    const verdict = visitNotePolicy.decide(actor, "visit_note.write", record);
    // Reasons are catalogue keys; compare them as an English reader sees them.
    expect(verdict.allowed ? null : inEnglish(verdict.reason)).toBe(reason);
  });
});
