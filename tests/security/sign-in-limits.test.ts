// Issue 13: sign-in limits that count exactly under parallel guesses, catch guesses spread over
// accounts, and never lock the owner out. Counted on the real database (PostgreSQL and PGlite).
import { describe, expect, it } from "vitest";
import { provideMigratedDatabase } from "../support/test-database";
import { makeUserWithPassword } from "../support/auth-flow";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { verifyCredentials } from "@/lib/users/service";
import { SIGN_IN_LIMITS } from "@/lib/users/sign-in-limits";
import { requestPasswordReset, resetPasswordWithToken } from "@/lib/users/password-reset";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { countingTransport } from "../support/counting-transport";

const database = provideMigratedDatabase();
const password = "Quiet-harbour-2031";

/** Password checks really made for an address: each leaves one success or failure in the audit trail. */
const checksOf = (email: string) =>
  database.db.auditEvent.count({
    where: { action: { in: ["auth.sign_in", "auth.sign_in_failed"] }, detail: { path: ["email"], equals: email } },
  });
const refusalsOf = (email: string) =>
  database.db.auditEvent.count({
    where: { action: "auth.sign_in_throttled", detail: { path: ["email"], equals: email } },
  });

describe("the rate-limit counter", () => {
  it("lets exactly the limit of 30 parallel hits through", async () => {
    const rule = { limit: 7, windowSeconds: 60 };
    const decisions = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit("test:parallel", rule)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
    expect(decisions.map((d) => d.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("carries the previous window's hits into the next, so a boundary is no double allowance", async () => {
    const rule = { limit: 5, windowSeconds: 60 };
    const late = new Date("2031-01-01T10:00:59Z");
    for (let i = 0; i < 5; i++) expect((await hitRateLimit("test:boundary", rule, late)).allowed).toBe(true);
    const early = new Date("2031-01-01T10:01:01Z"); // fixed windows alone would allow 5 more here
    expect((await hitRateLimit("test:boundary", rule, early)).allowed).toBe(true);
    expect((await hitRateLimit("test:boundary", rule, early)).allowed).toBe(false);
    expect((await hitRateLimit("test:boundary", rule, new Date("2031-01-01T10:02:30Z"))).allowed).toBe(true);
  });
});

describe("sign-in limits", () => {
  it("30 parallel wrong guesses at one address from one client get exactly 10 password checks", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyCredentials(user.email, `Wrong-guess-${i}`, "203.0.113.21")),
    );
    expect(await checksOf(user.email)).toBe(SIGN_IN_LIMITS.clientAccount.limit);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(
      30 - SIGN_IN_LIMITS.clientAccount.limit,
    );
  });

  it("refuses one client spreading 36 guesses over 4 accounts after the client-wide limit", async () => {
    const users = await Promise.all(
      Array.from({ length: 4 }, () => makeUserWithPassword(database.db, "PATIENT", password)),
    );
    let refused = 0;
    for (let round = 0; round < 9; round++)
      for (const user of users) {
        const result = await verifyCredentials(user.email, `Spread-${round}`, "203.0.113.22");
        if (!result.ok && result.reason === "throttled") refused += 1;
      }
    const checks = (await Promise.all(users.map((u) => checksOf(u.email)))).reduce((a, b) => a + b, 0);
    expect(checks).toBe(SIGN_IN_LIMITS.client.limit);
    expect(refused).toBe(36 - SIGN_IN_LIMITS.client.limit);
  });

  it("lets the owner in with the right password after ten wrong guesses by others", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    for (let i = 0; i < 10; i++) await verifyCredentials(user.email, `Someone-else-${i}`, `198.51.100.${i + 1}`);
    await verifyCredentials(user.email, "One-more-wrong", "198.51.100.1"); // that client goes on guessing
    const started = Date.now();
    expect(await verifyCredentials(user.email, password, "192.0.2.80")).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(5000); // slowed down, never refused
    expect(await refusalsOf(user.email)).toBe(0);
  });

  it("a password reset clears the address's counters: the refused client gets in at once", async () => {
    const user = await makeUserWithPassword(database.db, "PATIENT", password);
    const ip = "203.0.113.23";
    for (let i = 0; i < 10; i++) await verifyCredentials(user.email, `Forgot-it-${i}`, ip);
    expect(await verifyCredentials(user.email, password, ip)).toMatchObject({ ok: false, reason: "throttled" });

    await requestPasswordReset(user.email);
    const transport = countingTransport();
    await dispatchDueEmails({ db: database.db, transport });
    const text = transport.deliveries.find((d) => d.to === user.email)?.text ?? "";
    const token = decodeURIComponent(/\/reset-password\/([^\s"<]+)/.exec(text)![1]!);
    await resetPasswordWithToken({ token, password: "Fresh-lighthouse-77" });

    const started = Date.now();
    expect(await verifyCredentials(user.email, "Fresh-lighthouse-77", ip)).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(1000); // no slowdown left either
  });
});
