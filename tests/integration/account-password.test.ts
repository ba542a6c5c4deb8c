import { beforeAll, describe, expect, it } from "vitest";
import { changePassword, updateOwnAccount } from "@/lib/users/account";
import { hashPassword, verifyPassword } from "@/lib/users/password";
import { accountSchema, changePasswordSchema } from "@/lib/users/schemas";
import { startSession } from "@/lib/sessions/service";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, setClinic } from "../support/clinic-fixtures";
import { domainMessageOf } from "../support/domain-message";

const database = provideMigratedDatabase();
const current = "Old-harbour-41";

beforeAll(async () => {
  await setClinic(database.db);
});

async function doctorWithPassword() {
  const { actor } = await makeDoctor(database.db);
  await database.db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(current) } });
  return actor;
}

const storedHash = async (id: string) =>
  (await database.db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash!;

describe("changing the password while signed in", () => {
  it("ends the user's other sessions and keeps the one that changed it", async () => {
    const actor = await doctorWithPassword();
    const here = await startSession({ userId: actor.id, userAgent: "here" });
    const elsewhere = await startSession({ userId: actor.id, userAgent: "elsewhere" });
    const laptop = await startSession({ userId: actor.id, userAgent: "laptop" });
    await changePassword(
      { ...actor, sessionId: here },
      changePasswordSchema.parse({
        currentPassword: current,
        password: "Copper-lantern-57",
        confirmPassword: "Copper-lantern-57",
      }),
    );
    const rows = await database.db.session.findMany({
      where: { userId: actor.id },
      select: { id: true, revokedAt: true },
    });
    const revoked = new Map(rows.map((r) => [r.id, r.revokedAt !== null]));
    expect([revoked.get(here), revoked.get(elsewhere), revoked.get(laptop)]).toEqual([false, true, true]);
  });
  it("needs the current password, then stores the new one and audits it", async () => {
    const actor = await doctorWithPassword();
    const wrong = changePasswordSchema.parse({
      currentPassword: "not-it",
      password: "New-meadow-92",
      confirmPassword: "New-meadow-92",
    });
    expect(await domainMessageOf(changePassword(actor, wrong))).toBe("That is not your current password.");
    expect(await verifyPassword(await storedHash(actor.id), current)).toBe(true);

    const right = { ...wrong, currentPassword: current };
    await changePassword(actor, right);
    const hash = await storedHash(actor.id);
    expect(await verifyPassword(hash, "New-meadow-92")).toBe(true);
    expect(await verifyPassword(hash, current)).toBe(false);
    const actions = await database.db.auditEvent.findMany({
      where: { actorId: actor.id, action: { startsWith: "auth.password_change" } },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["auth.password_change_failed", "auth.password_change"]);
  });

  it("lets only one of two concurrent changes win", async () => {
    const actor = await doctorWithPassword();
    const change = (password: string) =>
      domainMessageOf(
        changePassword(
          actor,
          changePasswordSchema.parse({ currentPassword: current, password, confirmPassword: password }),
        ),
      );
    const results = await Promise.all([change("First-meadow-11"), change("Second-meadow-22")]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
  });

  it("waits after five wrong current passwords, even for the right one", async () => {
    const actor = await doctorWithPassword();
    const attempt = (currentPassword: string) =>
      domainMessageOf(
        changePassword(
          actor,
          changePasswordSchema.parse({ currentPassword, password: "New-meadow-92", confirmPassword: "New-meadow-92" }),
        ),
      );
    for (let i = 0; i < 5; i++) expect(await attempt(`guess-${i}`)).toBe("That is not your current password.");
    expect(await attempt(current)).toBe("Too many wrong passwords. Try again in 15 minutes.");
  });

  it("refuses the same password and a mismatch in the schema, on their fields", () => {
    const same = changePasswordSchema.safeParse({
      currentPassword: current,
      password: current,
      confirmPassword: current,
    });
    expect(same.error?.issues.map((i) => [i.path.join(), i.message])).toEqual([
      ["password", "validation.account.samePassword"],
    ]);
    const weak = changePasswordSchema.safeParse({ currentPassword: current, password: "short", confirmPassword: "x" });
    expect(weak.error?.issues.map((i) => i.path.join())).toEqual(
      expect.arrayContaining(["password", "confirmPassword"]),
    );
  });
});

describe("a staff member's own account", () => {
  it("saves the name and language with old → new in the audit", async () => {
    const actor = await doctorWithPassword();
    await updateOwnAccount(actor, accountSchema.parse({ name: "Dr Renamed", locale: "bn" }));
    expect(
      await database.db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, locale: true } }),
    ).toEqual({ name: "Dr Renamed", locale: "bn" });
    const event = await database.db.auditEvent.findFirstOrThrow({
      where: { actorId: actor.id, action: "user.account.update" },
      select: { detail: true },
    });
    expect(event.detail).toEqual({
      changes: { name: { from: "Dr Test", to: "Dr Renamed" }, locale: { from: null, to: "bn" } },
    });
    expect(
      await domainMessageOf(updateOwnAccount(actor, accountSchema.parse({ name: "Dr Renamed", locale: "zz" }))),
    ).toBe("That language is not available.");
  });
});
