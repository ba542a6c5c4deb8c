import { describe, expect, it } from "vitest";
import { Forbidden } from "@/lib/errors/domain-error";
import { definePolicy, rule, type PolicyActor } from "./define";

const actor = (role: PolicyActor["role"], id = "u1"): PolicyActor => ({
  id,
  role,
  patientId: role === "PATIENT" ? "p1" : null,
  doctorId: role === "DOCTOR" ? "d1" : null,
});
const policy = definePolicy({
  "thing.list": rule(["ADMIN"]),
  "thing.edit": rule<{ ownerId: string }>(["PATIENT", "ADMIN"], (who, thing) =>
    who.role === "ADMIN" || thing.ownerId === who.id ? null : "Not yours.",
  ),
});

describe("definePolicy", () => {
  it("allows someone who must enrol in a second factor only the rules open before it", () => {
    const gated = definePolicy({
      "thing.list": rule(["ADMIN"]),
      "factor.enrol": { roles: ["ADMIN"], beforeSecondFactor: true },
    });
    const enrolling = { ...actor("ADMIN"), mustEnrolSecondFactor: true };
    expect(gated.decide(enrolling, "thing.list")).toEqual({ allowed: false, reason: "errors.mfaEnrolFirst" });
    expect(gated.can(enrolling, "factor.enrol")).toBe(true);
    expect(gated.can(actor("ADMIN"), "thing.list")).toBe(true);
  });

  it("judges only the role without a record, and the record's check with one", () => {
    expect(policy.can(actor("PATIENT"), "thing.edit")).toBe(true);
    expect(policy.can(actor("PATIENT"), "thing.edit", { ownerId: "u1" })).toBe(true);
    expect(policy.decide(actor("PATIENT"), "thing.edit", { ownerId: "u2" })).toEqual({
      allowed: false,
      reason: "Not yours.",
    });
    expect(policy.can(actor("DOCTOR"), "thing.edit", { ownerId: "u1" })).toBe(false);
  });

  it("refuses signed-out callers and unknown actions", () => {
    expect(policy.can(null, "thing.list")).toBe(false);
    expect(policy.can(actor("ADMIN"), "thing.nope" as "thing.list")).toBe(false);
  });

  it("asserts with Forbidden and the rule's reason", () => {
    expect(() => policy.assertCan(actor("PATIENT"), "thing.edit", { ownerId: "u2" })).toThrow(
      new Forbidden("Not yours."),
    );
    expect(() => policy.assertRole(actor("DOCTOR"), "thing.list")).toThrow(Forbidden);
    expect(() => policy.assertCan(actor("ADMIN"), "thing.list")).not.toThrow();
  });

  it("never lets a record rule be asserted without its record", () => {
    const unsafe = policy.assertCan as (a: PolicyActor, action: string) => void;
    expect(() => unsafe(actor("ADMIN"), "thing.edit")).toThrow(/needs the record/);
  });
});
