import { describe, expect, it } from "vitest";
import { registerPatient, SIGN_IN_THROTTLE, verifyCredentials } from "@/lib/users/service";
import { registerPatientSchema } from "@/lib/users/schemas";
import { DomainError } from "@/lib/errors/domain-error";
import { provideMigratedDatabase } from "../support/test-database";

const database = provideMigratedDatabase();

const form = (email: string) =>
  registerPatientSchema.parse({
    name: "Test Patient",
    email,
    password: "Sunny-garden-42",
    confirmPassword: "Sunny-garden-42",
    phone: "+44 20 7946 0000",
    dateOfBirth: "1990-04-12",
  });

describe("patient registration", () => {
  it("creates the user and profile with a lower-cased email and an argon2id hash", async () => {
    const user = await registerPatient(form("New.Patient@Example.TEST"));
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id }, include: { patient: true } });
    expect(row.email).toBe("new.patient@example.test");
    expect(row.role).toBe("PATIENT");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.patient?.phone).toBe("+44 20 7946 0000");
    expect(row.patient?.dateOfBirth.toISOString().slice(0, 10)).toBe("1990-04-12");
  });

  it("rejects the same email in any letter case, next to the email field", async () => {
    await registerPatient(form("case.test@example.test"));
    for (const variant of ["CASE.TEST@example.test", "Case.Test@Example.Test"]) {
      const attempt = registerPatient(form(variant));
      await expect(attempt).rejects.toBeInstanceOf(DomainError);
      await expect(attempt).rejects.toMatchObject({ field: "email", message: expect.stringMatching(/already exists/) });
    }
    expect(await database.db.user.count({ where: { email: "case.test@example.test" } })).toBe(1);
  });

  it("cannot store a mixed-case email even by going around the app", async () => {
    await expect(
      database.db.user.create({ data: { email: "Raw@Example.test", name: "Raw", role: "PATIENT" } }),
    ).rejects.toThrow();
  });
});

describe("credential check", () => {
  it("accepts the right password in any email letter case and records the sign-in", async () => {
    const user = await registerPatient(form("signin@example.test"));
    const result = await verifyCredentials("SignIn@Example.test", "Sunny-garden-42");
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: "signin@example.test", name: "Test Patient", role: "PATIENT" },
    });
    expect(await database.db.auditEvent.count({ where: { actorId: user.id, action: "auth.sign_in" } })).toBe(1);
  });

  it("refuses a wrong password and records the failure", async () => {
    const user = await registerPatient(form("wrong@example.test"));
    expect(await verifyCredentials("wrong@example.test", "Sunny-garden-43")).toEqual({ ok: false, reason: "invalid" });
    expect(await database.db.auditEvent.count({ where: { actorId: user.id, action: "auth.sign_in_failed" } })).toBe(1);
  });

  it("refuses an unknown email the same way as a wrong password", async () => {
    expect(await verifyCredentials("nobody@example.test", "Sunny-garden-42")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated user even with the right password", async () => {
    const user = await registerPatient(form("inactive@example.test"));
    await database.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await verifyCredentials("inactive@example.test", "Sunny-garden-42")).toEqual({
      ok: false,
      reason: "deactivated",
    });
  });

  it("refuses an address after ten failures in 15 min, even the right password, until it ends", async () => {
    await registerPatient(form("guessed@example.test"));
    await registerPatient(form("bystander@example.test"));
    for (let i = 0; i < SIGN_IN_THROTTLE.failures; i++)
      expect((await verifyCredentials("guessed@example.test", `Guess-${i}-xyz`)).ok).toBe(false);
    expect(await verifyCredentials("Guessed@Example.test", "Sunny-garden-42")).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect((await verifyCredentials("bystander@example.test", "Sunny-garden-42")).ok).toBe(true);
    const later = new Date(Date.now() + (SIGN_IN_THROTTLE.minutes + 1) * 60_000);
    expect((await verifyCredentials("guessed@example.test", "Sunny-garden-42", null, later)).ok).toBe(true);
    expect(await database.db.auditEvent.count({ where: { action: "auth.sign_in_throttled" } })).toBe(1);
  });
});
