import { describe, expect, it } from "vitest";
import { clinicSettingsSchema, isIanaTimeZone, reminderLeadSchema } from "./schemas";

const valid = {
  name: "Riverside",
  address: "",
  phone: "",
  email: "",
  timeZone: "Europe/London",
  cancellationCutoffHours: "24",
  minNoticeMinutes: "120",
  bookingWindowDays: "60",
  reminderLeadMinutes: "120, 1440",
};

describe("clinic settings", () => {
  it("keeps the staff idle timeout between 5 minutes and 12 hours", () => {
    expect(clinicSettingsSchema.parse({ ...valid, staffIdleMinutes: "45" }).staffIdleMinutes).toBe(45);
    for (const bad of ["4", "721", "1.5", "soon"])
      expect(clinicSettingsSchema.safeParse({ ...valid, staffIdleMinutes: bad }).success).toBe(false);
  });

  it("accepts a complete form: blanks become missing, the checkbox's absence means no, lead times sorted", () => {
    expect(clinicSettingsSchema.parse(valid)).toEqual({
      name: "Riverside",
      timeZone: "Europe/London",
      cancellationCutoffHours: 24,
      minNoticeMinutes: 120,
      bookingWindowDays: 60,
      requireDoctorConfirmation: false,
      requirePatientMfa: false,
      reminderLeadMinutes: [1440, 120],
      staffIdleMinutes: 30,
    });
    expect(clinicSettingsSchema.parse({ ...valid, requireDoctorConfirmation: "on" }).requireDoctorConfirmation).toBe(
      true,
    );
  });

  it("refuses unknown zones and bare offsets, accepts IANA names and UTC", () => {
    expect(isIanaTimeZone("Europe/London")).toBe(true);
    expect(isIanaTimeZone("UTC")).toBe(true);
    expect(isIanaTimeZone("Mars/Olympus")).toBe(false);
    expect(isIanaTimeZone("+01:00")).toBe(false);
    const result = clinicSettingsSchema.safeParse({ ...valid, timeZone: "Europe/Londres" });
    expect(result.success ? null : result.error.issues[0]?.path).toEqual(["timeZone"]);
  });

  it("keeps numbers in range", () => {
    for (const [field, value] of [
      ["bookingWindowDays", "0"],
      ["cancellationCutoffHours", "-1"],
      ["minNoticeMinutes", "1.5"],
      ["bookingWindowDays", "abc"],
    ] as const) {
      const result = clinicSettingsSchema.safeParse({ ...valid, [field]: value });
      expect(result.success ? null : result.error.issues[0]?.path, `${field}=${value}`).toEqual([field]);
    }
  });

  it("reads reminder lead times, dropping duplicates; refuses junk and too many", () => {
    expect(reminderLeadSchema.parse("60 60,1440")).toEqual([1440, 60]);
    expect(reminderLeadSchema.parse("")).toEqual([]);
    expect(reminderLeadSchema.safeParse("2h").success).toBe(false);
    expect(reminderLeadSchema.safeParse("1").success).toBe(false);
    expect(reminderLeadSchema.safeParse("10,20,30,40,50,60").success).toBe(false);
  });
});
