import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { msg, translateMessage } from "@/lib/i18n/message";
import type { Translate } from "@/lib/i18n/words";
import bn from "@/messages/bn.json";
import { doctorFeedIcs, initials } from "./doctor-feed";

describe("doctor calendar feed", () => {
  it("shows only initials and the status, with stable UIDs and sequences", () => {
    const text = doctorFeedIcs({
      clinicName: "Riverside",
      doctorName: "Priya Patel",
      location: "Room 1",
      appointments: [
        {
          id: "a1",
          sequence: 2,
          start: new Date("2030-01-08T10:00:00Z"),
          end: new Date("2030-01-08T10:15:00Z"),
          status: "CONFIRMED",
          patientName: "Jane Doe",
        },
        {
          id: "a2",
          sequence: 1,
          start: new Date("2030-01-08T11:00:00Z"),
          end: new Date("2030-01-08T11:15:00Z"),
          status: "CANCELLED",
          patientName: "omar rahman",
        },
      ],
    });
    expect(text).toContain("UID:appointment-a1@clinic-appointments");
    expect(text).toContain("SEQUENCE:2");
    expect(text).toContain("SUMMARY:Patient J. D. (confirmed)");
    expect(text).toContain("SUMMARY:Patient O. R. (cancelled)");
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).not.toMatch(/Jane|Doe|omar/);
  });

  it("makes initials from any name", () => {
    expect(initials("  Li   Wei ")).toBe("L. W.");
    expect(initials("Élodie")).toBe("É.");
  });
});

describe("the doctor's feed in the doctor's language", () => {
  it("writes the summaries from the catalogue of the language given", () => {
    const bengali = createTranslator({ locale: "bn", messages: bn as Record<string, unknown> });
    const t: Translate = (key, values) => translateMessage(bengali, msg(key, values));
    const text = doctorFeedIcs({
      clinicName: "Clinic",
      doctorName: "Dr A",
      location: null,
      t,
      appointments: [
        {
          id: "b1",
          sequence: 0,
          start: new Date("2030-01-08T10:00:00Z"),
          end: new Date("2030-01-08T10:30:00Z"),
          status: "CONFIRMED",
          patientName: "Jane Doe",
        },
      ],
    });
    expect(text).toContain("SUMMARY:রোগী J. D. (নিশ্চিত)");
  });
});
