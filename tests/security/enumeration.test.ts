// Issue 13: the anonymous account forms answer the same for addresses with and without an account.
// The real server actions are called; next/headers gives them a client address and `after` is held
// back, to show the reset form's work happens only once the answer has gone.
import { describe, expect, it, vi } from "vitest";
import { provideMigratedDatabase } from "../support/test-database";
import { makeUserWithPassword } from "../support/auth-flow";

const deferred = vi.hoisted(() => ({ tasks: [] as (() => unknown)[], ip: "203.0.113.50" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-clinic-peer-address": deferred.ip }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void deferred.tasks.push(task),
}));
process.env.AUTH_SECRET ??= "test-only-secret-for-the-enumeration-tests-012345";

const database = provideMigratedDatabase();
const { registerAsPatient } = await import("@/app/(auth)/actions");
const { requestPasswordResetAction } = await import("@/app/(auth)/password-actions");
const { admitRegistration, REQUEST_LIMITS } = await import("@/lib/users/request-limits");

const idle = { status: "idle" } as const;
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};
const registration = (email: string) =>
  form({
    name: "Sam Stranger",
    email,
    phone: "+44 20 7946 0101",
    dateOfBirth: "1988-03-04",
    password: "Velvet-orchard-58",
    confirmPassword: "Velvet-orchard-58",
  });

/** Where the action sent the browser (a redirect is thrown), or its form result. */
async function outcome(run: Promise<unknown>): Promise<unknown> {
  try {
    return await run;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith("NEXT_REDIRECT")) return { redirect: digest };
    throw error;
  }
}

async function runDeferred() {
  const tasks = deferred.tasks.splice(0);
  for (const task of tasks) await task();
}

describe("registration", () => {
  it("answers a registered address exactly as a new one, creates nothing and emails the owner", async () => {
    const owner = await makeUserWithPassword(database.db, "PATIENT", "Owner-original-2030");
    const fresh = await outcome(registerAsPatient(idle, registration("brand.new.person@example.test")));
    const taken = await outcome(registerAsPatient(idle, registration(owner.email.toUpperCase())));
    expect(taken).toEqual(fresh);
    expect(fresh).toEqual({ redirect: expect.stringContaining("/login?registered=1") });

    expect(await database.db.user.count({ where: { email: owner.email } })).toBe(1);
    const notice = await database.db.outboxMessage.findFirstOrThrow({
      where: { toEmail: owner.email, kind: "account.already-registered" },
    });
    expect(notice.payload).toMatchObject({ link: expect.stringContaining("/login") });
    expect(await database.db.user.count({ where: { email: "brand.new.person@example.test" } })).toBe(1);
  });

  it("refuses one client after its hourly number of new accounts, whatever the addresses", async () => {
    const ip = "198.51.100.200";
    for (let i = 0; i < REQUEST_LIMITS.registerPerClient.limit; i++) await admitRegistration(ip);
    await expect(admitRegistration(ip)).rejects.toMatchObject({ key: expect.stringContaining("registerThrottled") });
    await expect(admitRegistration("198.51.100.201")).resolves.toBeUndefined();
  });
});

describe("password reset requests", () => {
  it("answer a known and an unknown address alike, doing the work only after the answer", async () => {
    const known = await makeUserWithPassword(database.db, "PATIENT", "Owner-original-2030");
    const before = {
      outbox: await database.db.outboxMessage.count(),
      tokens: await database.db.passwordToken.count(),
    };
    const forKnown = await requestPasswordResetAction(idle, form({ email: known.email }));
    const forUnknown = await requestPasswordResetAction(idle, form({ email: "nobody.here@example.test" }));
    expect(forKnown).toEqual(forUnknown);
    expect(forKnown).toMatchObject({ status: "success" });
    // Nothing that depends on the address has happened while the answer was being made.
    expect(await database.db.outboxMessage.count()).toBe(before.outbox);
    expect(await database.db.passwordToken.count()).toBe(before.tokens);
    expect(deferred.tasks).toHaveLength(2);

    await runDeferred();
    expect(await database.db.outboxMessage.count({ where: { toEmail: known.email } })).toBe(1);
    expect(await database.db.outboxMessage.count({ where: { toEmail: "nobody.here@example.test" } })).toBe(0);
  });

  it("limit each address, known or not, to the same number of emails an hour", async () => {
    const known = await makeUserWithPassword(database.db, "PATIENT", "Owner-original-2030");
    const answers = async (email: string) => {
      const results = [];
      for (let i = 0; i <= REQUEST_LIMITS.resetPerAddress.limit; i++) {
        deferred.ip = `192.0.2.${i + 10}`; // from different clients: the address's own limit
        results.push(await requestPasswordResetAction(idle, form({ email })));
      }
      return results.map((r) => r.status);
    };
    const forKnown = await answers(known.email);
    expect(forKnown).toEqual(await answers("nobody.else@example.test"));
    expect(forKnown.at(-1)).toBe("error");
    expect(forKnown.filter((s) => s === "success")).toHaveLength(REQUEST_LIMITS.resetPerAddress.limit);
    await runDeferred();
    expect(await database.db.outboxMessage.count({ where: { toEmail: known.email } })).toBe(
      REQUEST_LIMITS.resetPerAddress.limit,
    );
  });
});
