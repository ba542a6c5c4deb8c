import { describe, expect, it } from "vitest";
import type { PolicyActor } from "@/lib/policy/define";
import { doctorPolicy } from "./policy";

const as = (role: PolicyActor["role"], doctorId: string | null = null): PolicyActor => ({
  id: "u",
  role,
  patientId: null,
  doctorId,
});

describe("doctorPolicy", () => {
  it.each([
    ["the doctor themself", as("DOCTOR", "d1"), true],
    ["another doctor", as("DOCTOR", "d2"), false],
    ["an administrator", as("ADMIN"), true],
    ["a patient", as("PATIENT"), false],
  ])("doctor.manage of d1 by %s → %s", (_who, actor, allowed) => {
    expect(doctorPolicy.can(actor, "doctor.manage", { doctorId: "d1" })).toBe(allowed);
  });

  it("gives the console's doctor pages to administrators only", () => {
    expect(
      [as("DOCTOR", "d1"), as("ADMIN"), as("PATIENT")].map((a) => doctorPolicy.can(a, "doctor.manage_any")),
    ).toEqual([false, true, false]);
  });
});
