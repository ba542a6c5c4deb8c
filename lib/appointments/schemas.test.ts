import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import { bookAppointmentSchema, slotStartSchema } from "./schemas";

describe("slot start", () => {
  it("accepts an ISO instant with an offset", () => {
    expect(slotStartSchema.safeParse("2030-01-08T10:00:00.000Z").success).toBe(true);
    expect(slotStartSchema.safeParse("2030-01-08T11:00:00+01:00").success).toBe(true);
  });

  it("refuses year 0 and far years with the field's message, so they never reach the database", () => {
    const result = bookAppointmentSchema.safeParse({
      doctorId: "5f0c2b8e-8d1a-4c53-9a43-2f3e4a5b6c7d",
      start: "0000-06-01T10:00:00Z",
      reason: "Check-up",
    });
    expect(result.error?.issues.map((i) => [i.path[0], inEnglish(i.message)])).toEqual([
      ["start", "Choose a time from the list."],
    ]);
    expect(slotStartSchema.safeParse("2500-01-01T10:00:00Z").success).toBe(false);
  });
});
