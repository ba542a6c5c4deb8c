// Malformed input gets a field message, never a database error: control characters in every stored
// or searched text field, and a leave whose two ends fall in the hour a spring-forward day skips.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { addLeave } from "@/lib/doctors/leave";
import { doctorSearchSchema, leaveFormSchema, profileFormSchema, hoursFormSchema } from "@/lib/doctors/schemas";
import { registerPatientSchema, forgotPasswordSchema, signInSchema } from "@/lib/users/schemas";
import {
  appointmentFilterSchema,
  bookAppointmentSchema,
  cancelAppointmentSchema,
  cancelByLinkSchema,
  changeStatusSchema,
} from "@/lib/appointments/schemas";
import { createAdminSchema, createDoctorSchema, userListQuerySchema } from "@/lib/staff/schemas";
import { addHolidaySchema, clinicSettingsSchema } from "@/lib/settings/schemas";
import { saveVisitNoteSchema } from "@/lib/visit-notes/schemas";
import { createSpecialtySchema } from "@/lib/specialties/schemas";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, setClinic } from "../support/clinic-fixtures";

const ID = "6f1c2b1e-8f2a-4a51-9c53-2f1f4f0b7a10";
const CONTROL = "validation.controlCharacters";

/** A valid form for each schema, and the text fields in it that a person types. */
const forms: [string, z.ZodType, Record<string, string>, string[]][] = [
  [
    "registration",
    registerPatientSchema,
    {
      name: "Ada Lovelace",
      email: "ada@example.test",
      password: "long enough passphrase 7",
      confirmPassword: "long enough passphrase 7",
      phone: "+44 20 7946 0000",
      dateOfBirth: "1990-05-01",
    },
    ["name", "email"],
  ],
  ["sign-in", signInSchema, { email: "ada@example.test", password: "x" }, ["email"]],
  ["forgot password", forgotPasswordSchema, { email: "ada@example.test" }, ["email"]],
  ["booking", bookAppointmentSchema, { doctorId: ID, start: "2030-01-08T10:00:00Z", reason: "Cough" }, ["reason"]],
  ["cancel", cancelAppointmentSchema, { appointmentId: ID, reason: "Better now" }, ["reason"]],
  ["decline", changeStatusSchema, { appointmentId: ID, action: "reject", reason: "Away" }, ["reason"]],
  ["cancel by link", cancelByLinkSchema, { token: "a".repeat(40), reason: "Better now" }, ["token", "reason"]],
  [
    "doctor profile",
    profileFormSchema,
    {
      doctorId: ID,
      specialtyId: ID,
      licenseNumber: "GMC123",
      yearsOfExperience: "4",
      fee: "60",
      location: "R1",
      bio: "Hi",
    },
    ["licenseNumber", "location", "bio"],
  ],
  [
    "leave",
    leaveFormSchema,
    { doctorId: ID, startsAt: "2030-01-08T10:00", endsAt: "2030-01-09T10:00", note: "Away" },
    ["note"],
  ],
  [
    "hours",
    hoursFormSchema,
    {
      doctorId: ID,
      intervals: "[]",
      slotMinutes: "15",
      bufferBeforeMin: "0",
      bufferAfterMin: "0",
      cancelReason: "x",
      acknowledged: ID,
    },
    ["cancelReason", "acknowledged"],
  ],
  ["new admin", createAdminSchema, { name: "Alex Morgan", email: "alex@clinic.test" }, ["name", "email"]],
  [
    "new doctor",
    createDoctorSchema,
    {
      name: "Dr Who",
      email: "who@clinic.test",
      specialtyId: ID,
      licenseNumber: "GMC123",
      yearsOfExperience: "4",
      fee: "60",
      slotMinutes: "15",
    },
    ["name", "licenseNumber"],
  ],
  [
    "clinic settings",
    clinicSettingsSchema,
    {
      name: "Riverside",
      address: "1 High St",
      email: "desk@clinic.test",
      timeZone: "Europe/London",
      cancellationCutoffHours: "24",
      minNoticeMinutes: "60",
      bookingWindowDays: "60",
      reminderLeadMinutes: "1440",
    },
    ["name", "address", "email"],
  ],
  ["holiday", addHolidaySchema, { date: "2030-12-25", name: "Christmas" }, ["name"]],
  ["visit note", saveVisitNoteSchema, { appointmentId: ID, body: "Seen." }, ["body"]],
  ["specialty", createSpecialtySchema, { name: "Neurology" }, ["name"]],
];

describe("control characters in text fields", () => {
  for (const [label, schema, valid, fields] of forms) {
    it(`${label}: a NUL or other control character is a field message`, () => {
      expect(schema.safeParse(valid).success).toBe(true);
      for (const field of fields) {
        for (const bad of ["a\u0000b", "a\u0007b", "a\u001bb", "a\u0085b"]) {
          const parsed = schema.safeParse({ ...valid, [field]: `${valid[field]}${bad}` });
          expect(parsed.success, `${field} with ${JSON.stringify(bad)}`).toBe(false);
          expect(parsed.error?.issues.find((i) => i.path.join(".") === field)?.message).toBe(CONTROL);
        }
      }
    });
  }

  it("keeps line breaks in multi-line fields and refuses them in one-line fields", () => {
    expect(saveVisitNoteSchema.safeParse({ appointmentId: ID, body: "Seen.\r\nBetter.\tGood" }).success).toBe(true);
    expect(createSpecialtySchema.safeParse({ name: "Neuro\nlogy" }).success).toBe(false);
  });

  it("drops a search with control characters instead of sending them to the database", () => {
    expect(doctorSearchSchema.parse({ q: "a\u0000b" }).q).toBeUndefined();
    expect(userListQuerySchema.parse({ q: "a\u0000b" }).q).toBeUndefined();
    expect(appointmentFilterSchema.parse({ patient: "a\u0000b" }).patient).toBeUndefined();
    expect(auditFilterSchema.parse({ actor: "a\u0000b", action: "x\u0000" })).toMatchObject({
      actor: undefined,
      action: undefined,
    });
    expect(doctorSearchSchema.parse({ q: "مرحبا 👩‍⚕️" }).q).toBe("مرحبا 👩‍⚕️");
  });
});

describe("leave on a spring-forward day", () => {
  const database = provideMigratedDatabase();
  beforeAll(async () => {
    await setClinic(database.db, { timeZone: "Europe/London" });
  });

  it("refuses two ends inside the skipped hour with a message on the end field", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    // 2030-03-31 01:00 → 02:00 does not exist in London; both ends name the same instant.
    const input = leaveFormSchema.parse({ doctorId, startsAt: "2030-03-31T01:30", endsAt: "2030-03-31T02:30" });
    const refusal = await addLeave(actor, input, new Date("2030-03-01T00:00:00Z")).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ key: "errors.leaveInClockGap", field: "endsAt" });
    expect(await database.db.leave.count({ where: { doctorId } })).toBe(0);
  });
});
