// Issue 13: sessions end for real. Signing in and out goes through the Auth.js route handlers; getActor
// (what every page, action and route handler asks) reads the same cookie through next/headers.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { provideMigratedDatabase } from "../support/test-database";
import { setClinic } from "../support/clinic-fixtures";
import { browser, makeUserWithPassword, requestHeaders } from "../support/auth-flow";
import type { Actor } from "@/lib/auth/session";

vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
process.env.AUTH_SECRET ??= "test-only-secret-for-the-session-tests-0123456789";

const database = provideMigratedDatabase();
const { handlers } = await import("@/lib/auth/auth");
const { getActor } = await import("@/lib/auth/session");
const { setUserActive } = await import("@/lib/staff/service");
const { endAllOwnSessions, resolveSession, revokeOtherSessions } = await import("@/lib/sessions/service");

const password = "Quiet-harbour-2031";
let admin: Actor;

/** getActor() as a request of this browser would see it. */
async function actorOf(client: ReturnType<typeof browser>) {
  client.use();
  return getActor();
}

beforeAll(async () => {
  await setClinic(database.db);
  const row = await makeUserWithPassword(database.db, "ADMIN", password);
  admin = { id: row.id, email: row.email, name: "Test ADMIN", role: "ADMIN", patientId: null, doctorId: null };
});

afterEach(() => {
  vi.useRealTimers();
});

describe("revocable sessions", () => {
  it("refuses the old cookie after sign-out, in getActor and in Auth.js's own session endpoint", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    const client = browser(handlers);
    expect(await client.signIn(user.email, password)).toBe(true);
    expect(await actorOf(client)).toMatchObject({ id: user.id, role: "PATIENT" });
    expect((await client.session())?.user?.id).toBe(user.id);
    const copied = client.snapshot();

    await client.signOut();
    client.restore(copied); // someone kept the cookie
    expect(await actorOf(client)).toBeNull();
    expect(await client.session()).toBeNull();
    const row = await database.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.revokedAt).not.toBeNull();
  });

  it("does not revive cookies issued before a deactivation when the account is reactivated", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    const client = browser(handlers);
    await client.signIn(user.email, password);
    expect(await actorOf(client)).toMatchObject({ id: user.id });
    await setUserActive(admin, { userId: user.id, active: false });
    await setUserActive(admin, { userId: user.id, active: true });
    expect(await actorOf(client)).toBeNull();
    expect(await client.session()).toBeNull();
    const fresh = browser(handlers);
    expect(await fresh.signIn(user.email, password)).toBe(true);
    expect(await actorOf(fresh)).toMatchObject({ id: user.id });
  });

  it("signs staff out after the clinic's idle timeout, but not patients; the setting changes it", async () => {
    const doctor = await makeUserWithPassword(database.db, "DOCTOR", password);
    const patient = await makeUserWithPassword(database.db, "PATIENT", password);
    const [staffBrowser, patientBrowser] = [browser(handlers), browser(handlers)];
    await staffBrowser.signIn(doctor.email, password);
    await patientBrowser.signIn(patient.email, password);
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });

    vi.setSystemTime(start + 20 * 60_000); // active again after 20 minutes: still signed in, seen now
    expect(await actorOf(staffBrowser)).toMatchObject({ id: doctor.id });
    vi.setSystemTime(start + 45 * 60_000); // 25 idle minutes
    expect(await actorOf(staffBrowser)).toMatchObject({ id: doctor.id });
    vi.setSystemTime(start + 76 * 60_000); // 31 idle minutes: the default 30 has passed
    expect(await actorOf(staffBrowser)).toBeNull();
    expect(await staffBrowser.session()).toBeNull();
    expect(await actorOf(patientBrowser)).toMatchObject({ id: patient.id }); // patients: absolute lifetime only

    await database.db.clinicSettings.update({ where: { id: 1 }, data: { staffIdleMinutes: 120 } });
    expect(await actorOf(staffBrowser)).toMatchObject({ id: doctor.id });
  });

  it("keeps the absolute lifetime however active the session is", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    const client = browser(handlers);
    await client.signIn(user.email, password);
    const row = await database.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 60 * 60_000);
    expect(await resolveSession(row.id, new Date(row.expiresAt.getTime() - 1000))).toEqual({ userId: user.id });
    expect(await resolveSession(row.id, row.expiresAt)).toBeNull();
  });

  it("signing out everywhere ends every session of the user and no one else's", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    const other = await makeUserWithPassword(database.db, "PATIENT", password);
    const [laptop, phone, someoneElse] = [browser(handlers), browser(handlers, "198.51.100.7"), browser(handlers)];
    await laptop.signIn(user.email, password);
    await phone.signIn(user.email, password);
    await someoneElse.signIn(other.email, password);
    const actor = await actorOf(laptop);
    expect(await endAllOwnSessions(actor!)).toBe(2);
    expect(await actorOf(laptop)).toBeNull();
    expect(await actorOf(phone)).toBeNull();
    expect(await actorOf(someoneElse)).toMatchObject({ id: other.id });
    expect(
      await database.db.auditEvent.count({ where: { action: "auth.sign_out_everywhere", actorId: user.id } }),
    ).toBe(1);
  });

  it("a password change made while signed in can end the other sessions and keep this one", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    const [laptop, phone] = [browser(handlers), browser(handlers)];
    await laptop.signIn(user.email, password);
    await phone.signIn(user.email, password);
    const here = await actorOf(laptop);
    expect(await revokeOtherSessions(user.id, here!.sessionId!)).toBe(1);
    expect(await actorOf(laptop)).toMatchObject({ id: user.id });
    expect(await actorOf(phone)).toBeNull();
  });

  it("records where a session came from, in short", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    await browser(handlers, "192.0.2.44").signIn(user.email, password);
    expect(await database.db.session.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      ip: "192.0.2.44",
      userAgent: "Chrome · Linux",
    });
  });
});
