import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

// Only the session cookie is faked: getActor checks its session row, the user row and the clinic's
// setting itself.
const cookie = vi.hoisted(() => ({ userId: null as string | null, sessionId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () =>
    cookie.userId ? { user: { id: cookie.userId, sessionId: cookie.sessionId, signedInAt: Date.now() } } : null,
}));

const database = provideMigratedDatabase();
const { getActor } = await import("@/lib/auth/session");
const { updateClinicSettings } = await import("@/lib/settings/service");
const { getEditableSettings } = await import("@/lib/settings/queries");
const { settingsPolicy } = await import("@/lib/settings/policy");
const { mfaPolicy } = await import("@/lib/mfa/policy");
const { startSession } = await import("@/lib/sessions/service");

const actorFor = async (userId: string) => {
  cookie.userId = userId;
  cookie.sessionId = await startSession({ userId });
  return getActor();
};
const enrol = (userId: string) =>
  database.db.user.update({ where: { id: userId }, data: { mfaSecret: "v1.sealed", mfaEnabledAt: new Date() } });

let admin: Actor;
beforeAll(async () => {
  await setClinic(database.db);
  const row = await database.db.user.create({
    data: { email: "mfa.admin@clinic.test", name: "Admin", role: "ADMIN" },
    select: { id: true, email: true, name: true },
  });
  admin = { ...row, role: "ADMIN", patientId: null, doctorId: null };
});

describe("who must set up a second factor", () => {
  it("staff without one may only enrol; once enrolled, everything their role allows", async () => {
    const doctor = await makeDoctor(database.db);
    const before = await actorFor(doctor.actor.id);
    expect(before?.mustEnrolSecondFactor).toBe(true);
    expect(mfaPolicy.can(before, "mfa.manage")).toBe(true);
    expect((await actorFor(admin.id))?.mustEnrolSecondFactor).toBe(true);
    expect(settingsPolicy.decide((await actorFor(admin.id))!, "settings.update")).toEqual({
      allowed: false,
      reason: "errors.mfaEnrolFirst",
    });
    await enrol(admin.id);
    expect(settingsPolicy.can(await actorFor(admin.id), "settings.update")).toBe(true);
  });

  it("patients only once the clinic requires it, and the setting is saved and audited", async () => {
    const patient = await makePatient(database.db);
    expect((await actorFor(patient.id))?.mustEnrolSecondFactor).toBe(false);
    const current = (await getEditableSettings())!;
    const input = {
      ...current,
      address: current.address ?? undefined,
      phone: current.phone ?? undefined,
      email: current.email ?? undefined,
      requirePatientMfa: true,
    };
    expect(await updateClinicSettings({ ...admin }, input)).toEqual({ changed: ["requirePatientMfa"] });
    expect((await actorFor(patient.id))?.mustEnrolSecondFactor).toBe(true);
    await enrol(patient.id);
    expect((await actorFor(patient.id))?.mustEnrolSecondFactor).toBe(false);
  });
});
