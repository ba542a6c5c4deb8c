// Issue 13: resending a staff invitation is limited, so the button cannot flood an inbox, and it only
// works for staff who have not chosen a password (the others use the reset form).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { provideMigratedDatabase } from "../support/test-database";
import { makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const { createAdminAccount, resendInvitation, INVITATION_LIMITS } = await import("@/lib/staff/service");

let admin: Actor;

const keyOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { key?: string }) => error.key ?? Promise.reject(error),
  );

beforeAll(async () => {
  await setClinic(database.db);
  const row = await database.db.user.create({
    data: { email: "inviting.admin@clinic.test", name: "Inviting Admin", role: "ADMIN" },
    select: { id: true, email: true, name: true },
  });
  admin = { ...row, role: "ADMIN", patientId: null, doctorId: null };
});

describe("resending an invitation", () => {
  it("sends a fresh link that replaces the old one, up to the hourly limit per account", async () => {
    const { id } = await createAdminAccount(admin, { name: "New Admin", email: "new.admin@clinic.test" });
    for (let i = 0; i < INVITATION_LIMITS.perAccount.limit; i++) await resendInvitation(admin, { userId: id });
    expect(await keyOf(resendInvitation(admin, { userId: id }))).toMatch(/^errors\.staff\.inviteThrottled/);
    const tokens = await database.db.passwordToken.findMany({ where: { userId: id } });
    expect(tokens).toHaveLength(1 + INVITATION_LIMITS.perAccount.limit);
    expect(tokens.filter((t) => t.usedAt === null)).toHaveLength(1);
    expect(await database.db.outboxMessage.count({ where: { toEmail: "new.admin@clinic.test" } })).toBe(
      1 + INVITATION_LIMITS.perAccount.limit,
    );
    expect(await database.db.auditEvent.count({ where: { action: "user.invite_resend", entityId: id } })).toBe(
      INVITATION_LIMITS.perAccount.limit,
    );
  });

  it("refuses accounts that chose a password already, and patients", async () => {
    const { id } = await createAdminAccount(admin, { name: "Set Admin", email: "set.admin@clinic.test" });
    await database.db.user.update({ where: { id }, data: { passwordHash: "$argon2id$placeholder" } });
    expect(await keyOf(resendInvitation(admin, { userId: id }))).toBe("errors.staff.invitePasswordSet");
    const patient = await makePatient(database.db);
    expect(await keyOf(resendInvitation(admin, { userId: patient.id }))).toBe("errors.staff.inviteNotStaff");
  });
});
