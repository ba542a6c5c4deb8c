import { describe, expect, it } from "vitest";
import { changeUserRoleSchema, createDoctorSchema, setUserActiveSchema, userListQuerySchema } from "./schemas";

const doctor = {
  name: "Rosa Quill",
  email: " Rosa.Quill@Clinic.TEST ",
  specialtyId: "5f0c2b8e-8d1a-4c53-9a43-2f3e4a5b6c7d",
  licenseNumber: "GMC-1",
  yearsOfExperience: "4",
  fee: "62.50",
  slotMinutes: "20",
};
const firstError = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues[0]?.path.join(".");

describe("createDoctorSchema", () => {
  it("normalises the email and turns pounds into pence", () => {
    expect(createDoctorSchema.parse(doctor)).toMatchObject({
      email: "rosa.quill@clinic.test",
      fee: 6250,
      yearsOfExperience: 4,
      slotMinutes: 20,
    });
  });
  it("refuses fees with fractions of a penny, odd slot lengths and a missing specialty", () => {
    expect(firstError(createDoctorSchema.safeParse({ ...doctor, fee: "10.005" }))).toBe("fee");
    expect(firstError(createDoctorSchema.safeParse({ ...doctor, slotMinutes: "17" }))).toBe("slotMinutes");
    expect(firstError(createDoctorSchema.safeParse({ ...doctor, specialtyId: "" }))).toBe("specialtyId");
  });
});

describe("account changes", () => {
  it("reads the active flag from the form and allows only staff roles", () => {
    expect(setUserActiveSchema.parse({ userId: doctor.specialtyId, active: "false" }).active).toBe(false);
    expect(changeUserRoleSchema.safeParse({ userId: doctor.specialtyId, role: "PATIENT" }).success).toBe(false);
  });
});

describe("userListQuerySchema", () => {
  it("drops malformed filters instead of failing the page", () => {
    expect(userListQuerySchema.parse({ q: "", role: "ROOT", status: "maybe", page: "-3" })).toEqual({ page: 1 });
    expect(userListQuerySchema.parse({ q: " jane ", role: "PATIENT", status: "inactive", page: "2" })).toEqual({
      q: "jane",
      role: "PATIENT",
      status: "inactive",
      page: 2,
    });
  });
});
