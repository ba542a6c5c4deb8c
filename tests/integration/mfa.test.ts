import { describe, expect, it } from "vitest";
import { generateSync } from "otplib";
import { hashPassword } from "@/lib/users/password";
import { openSecret } from "@/lib/mfa/secret-box";
import {
  checkSecondFactor,
  confirmEnrolment,
  disableSecondFactor,
  regenerateRecoveryCodes,
  SECOND_FACTOR_THROTTLE,
  startEnrolment,
} from "@/lib/mfa/service";
import { DEMO_ACCOUNTS, DEMO_TOTP_SECRET, seedDemoClinic } from "@/lib/seed/demo-clinic";
import type { PolicyActor } from "@/lib/policy/define";
import { provideMigratedDatabase } from "../support/test-database";

const database = provideMigratedDatabase();
const PASSWORD = "Sunny-garden-42";
const STEP_MS = 30_000;

let counter = 0;
async function newDoctor(): Promise<PolicyActor> {
  counter += 1;
  const user = await database.db.user.create({
    data: {
      email: `mfa.${counter}@clinic.test`,
      name: "Dr Test",
      role: "DOCTOR",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  return { id: user.id, role: "DOCTOR", patientId: null, doctorId: null };
}

const codeAt = (secret: string, at: Date) => generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
/** A six-digit code that is not the right one at `at`. */
const wrongCodeAt = (secret: string, at: Date) => String((Number(codeAt(secret, at)) + 1) % 1_000_000).padStart(6, "0");

async function pendingSecret(userId: string): Promise<string> {
  const row = await database.db.user.findUniqueOrThrow({ where: { id: userId }, select: { mfaSecret: true } });
  return openSecret(row.mfaSecret!)!;
}

/** A doctor enrolled at `at`, with its secret and recovery codes. */
async function enrolledDoctor(at: Date) {
  const actor = await newDoctor();
  await startEnrolment(actor);
  const secret = await pendingSecret(actor.id);
  const recoveryCodes = await confirmEnrolment(actor, codeAt(secret, at), at);
  return { actor, secret, recoveryCodes };
}

const audits = (userId: string, action: string) =>
  database.db.auditEvent.count({ where: { entityId: userId, action } });

// Aligned to the middle of a step, so "now" and "a step later" are unambiguous.
const base = new Date(Math.floor(Date.now() / STEP_MS) * STEP_MS + STEP_MS / 2);
const later = (steps: number) => new Date(base.getTime() + steps * STEP_MS);

describe("enrolment", () => {
  it("keeps the secret sealed, asks for nothing until confirmed, and refuses a wrong first code", async () => {
    const actor = await newDoctor();
    await startEnrolment(actor);
    const row = await database.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    const secret = openSecret(row.mfaSecret!)!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(row.mfaSecret).toMatch(/^v1\./);
    expect(row.mfaSecret).not.toContain(secret);
    expect(row.mfaEnabledAt).toBeNull();
    expect(await checkSecondFactor(actor.id, undefined)).toBe("not_enrolled");

    await expect(confirmEnrolment(actor, wrongCodeAt(secret, base), base)).rejects.toMatchObject({ field: "code" });
    expect(await audits(actor.id, "auth.mfa_failed")).toBe(1);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: actor.id } })).mfaEnabledAt).toBeNull();
  });

  it("turns on with the first right code, hands out ten distinct recovery codes and stores only their hashes", async () => {
    const { actor, recoveryCodes } = await enrolledDoctor(base);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    const stored = await database.db.mfaRecoveryCode.findMany({ where: { userId: actor.id } });
    expect(stored).toHaveLength(10);
    for (const row of stored)
      expect(recoveryCodes.some((code) => row.codeHash.includes(code.replace("-", "")))).toBe(false);
    expect(await audits(actor.id, "auth.mfa_enrolled")).toBe(1);
    await expect(startEnrolment(actor)).rejects.toMatchObject({ key: "errors.mfa.alreadyOn" });
  });
});

describe("the second step of signing in", () => {
  it("asks for a code, refuses a wrong one, takes the right one once and never an earlier step", async () => {
    const { actor, secret } = await enrolledDoctor(base);
    expect(await checkSecondFactor(actor.id, undefined, null, later(1))).toBe("missing");
    expect(await checkSecondFactor(actor.id, wrongCodeAt(secret, later(1)), null, later(1))).toBe("wrong");
    const code = codeAt(secret, later(1));
    expect(await checkSecondFactor(actor.id, code, null, later(1))).toBe("ok");
    expect(await checkSecondFactor(actor.id, code, null, later(1))).toBe("wrong"); // replay within its window
    // The confirmation code's step (base) was spent at enrolment; an earlier step after a later one is a replay too.
    expect(await checkSecondFactor(actor.id, codeAt(secret, base), null, later(1))).toBe("wrong");
    expect(await checkSecondFactor(actor.id, codeAt(secret, later(2)), null, later(2))).toBe("ok");
    expect(await audits(actor.id, "auth.mfa_failed")).toBe(3);
  });

  it("lets exactly one of simultaneous sign-ins with the same code through", async () => {
    const { actor, secret } = await enrolledDoctor(base);
    const code = codeAt(secret, later(1));
    const results = await Promise.all(
      Array.from({ length: 8 }, () => checkSecondFactor(actor.id, code, null, later(1))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
  });

  it("accepts each recovery code once, in any case and without its hyphen", async () => {
    const { actor, recoveryCodes } = await enrolledDoctor(base);
    const [first, second] = recoveryCodes as [string, string];
    expect(await checkSecondFactor(actor.id, first, null, later(1))).toBe("ok");
    expect(await checkSecondFactor(actor.id, first, null, later(1))).toBe("wrong");
    expect(await checkSecondFactor(actor.id, second.replace("-", " ").toUpperCase(), null, later(1))).toBe("ok");
    expect(await audits(actor.id, "auth.mfa_recovery_code_used")).toBe(2);
    expect(await database.db.mfaRecoveryCode.count({ where: { userId: actor.id, usedAt: null } })).toBe(8);
  });

  it("refuses codes unchecked after too many wrong ones, even the right one", async () => {
    const { actor, secret } = await enrolledDoctor(base);
    for (let i = 0; i < SECOND_FACTOR_THROTTLE.failures; i++) {
      expect(await checkSecondFactor(actor.id, "12345-abcde", null, later(1))).toBe("wrong");
    }
    expect(await checkSecondFactor(actor.id, codeAt(secret, later(1)), null, later(1))).toBe("throttled");
    expect(await audits(actor.id, "auth.mfa_throttled")).toBe(1);
  });
});

describe("recovery codes and turning off", () => {
  it("new recovery codes replace the old ones at once", async () => {
    const { actor, recoveryCodes } = await enrolledDoctor(base);
    const fresh = await regenerateRecoveryCodes(actor);
    expect(await checkSecondFactor(actor.id, recoveryCodes[0], null, later(1))).toBe("wrong");
    expect(await checkSecondFactor(actor.id, fresh[0], null, later(1))).toBe("ok");
    expect(await audits(actor.id, "auth.mfa_recovery_codes_regenerated")).toBe(1);
  });

  it("turning off needs the password and a current code, then removes the secret and the codes", async () => {
    const { actor, secret } = await enrolledDoctor(base);
    const code = codeAt(secret, later(1));
    await expect(
      disableSecondFactor(actor, { password: "Wrong-garden-42", code }, null, later(1)),
    ).rejects.toMatchObject({
      field: "password",
    });
    await expect(
      disableSecondFactor(actor, { password: PASSWORD, code: wrongCodeAt(secret, later(1)) }, null, later(1)),
    ).rejects.toMatchObject({ field: "code" });
    await disableSecondFactor(actor, { password: PASSWORD, code }, null, later(1));
    const row = await database.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect([row.mfaSecret, row.mfaEnabledAt, row.mfaLastTimeStep]).toEqual([null, null, null]);
    expect(await database.db.mfaRecoveryCode.count({ where: { userId: actor.id } })).toBe(0);
    expect(await checkSecondFactor(actor.id, undefined)).toBe("not_enrolled");
    expect(await audits(actor.id, "auth.mfa_disabled")).toBe(1);
  });

  it("the database refuses a second factor turned on without a secret", async () => {
    const actor = await newDoctor();
    await expect(
      database.db.user.update({ where: { id: actor.id }, data: { mfaEnabledAt: new Date(), mfaSecret: null } }),
    ).rejects.toThrow();
  });
});

describe("the demo clinic's staff", () => {
  it("are seeded with the README's authenticator key, patients without a second factor", async () => {
    await seedDemoClinic(database.db, base);
    const users = await database.db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      select: { role: true, mfaSecret: true, mfaEnabledAt: true },
    });
    for (const user of users) {
      if (user.role === "PATIENT") expect(user.mfaEnabledAt).toBeNull();
      else expect([openSecret(user.mfaSecret!), user.mfaEnabledAt]).toEqual([DEMO_TOTP_SECRET, base]);
    }
  });
});
