import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import { activationProblem as problemKey, roleChangeProblem as roleKey, type AccountFacts } from "./policy";

// The reasons as an English reader sees them.
const english = (key: string | null) => (key === null ? null : inEnglish(key));
const activationProblem = (...args: Parameters<typeof problemKey>) => english(problemKey(...args));
const roleChangeProblem = (...args: Parameters<typeof roleKey>) => english(roleKey(...args));

const admin: AccountFacts = { role: "ADMIN", active: true, hasDoctorProfile: false };
const doctor: AccountFacts = { role: "DOCTOR", active: true, hasDoctorProfile: true };
const patient: AccountFacts = { role: "PATIENT", active: true, hasDoctorProfile: false };

describe("activationProblem", () => {
  it("refuses to deactivate the last active administrator", () => {
    expect(activationProblem(admin, false, 1)).toMatch(/last active administrator/);
  });
  it("allows deactivating an administrator while another is active", () => {
    expect(activationProblem(admin, false, 2)).toBeNull();
  });
  it("allows deactivating doctors and patients whatever the admin count", () => {
    expect(activationProblem(doctor, false, 1)).toBeNull();
    expect(activationProblem(patient, false, 1)).toBeNull();
  });
  it("reactivates an inactive admin even when they would not count", () => {
    expect(activationProblem({ ...admin, active: false }, true, 1)).toBeNull();
  });
  it("says when nothing would change", () => {
    expect(activationProblem(doctor, true, 3)).toMatch(/already active/);
    expect(activationProblem({ ...doctor, active: false }, false, 3)).toMatch(/already deactivated/);
  });
});

describe("roleChangeProblem", () => {
  it("refuses to demote the last active administrator", () => {
    expect(roleChangeProblem({ ...admin, hasDoctorProfile: true }, "DOCTOR", 1)).toMatch(/last active administrator/);
  });
  it("lets an inactive admin change role even if they are the only admin row", () => {
    expect(roleChangeProblem({ role: "ADMIN", active: false, hasDoctorProfile: true }, "DOCTOR", 1)).toBeNull();
  });
  it("promotes a doctor to administrator", () => {
    expect(roleChangeProblem(doctor, "ADMIN", 1)).toBeNull();
  });
  it("makes an administrator a doctor only with a doctor profile", () => {
    expect(roleChangeProblem(admin, "DOCTOR", 2)).toMatch(/no doctor profile/);
    expect(roleChangeProblem({ ...admin, hasDoctorProfile: true }, "DOCTOR", 2)).toBeNull();
  });
  it("never converts patients and staff", () => {
    expect(roleChangeProblem(patient, "ADMIN", 2)).toMatch(/cannot be converted/);
    expect(roleChangeProblem(doctor, "PATIENT", 2)).toMatch(/cannot be converted/);
  });
  it("says when the role is unchanged", () => {
    expect(roleChangeProblem(doctor, "DOCTOR", 2)).toMatch(/already has this role/);
  });
});
