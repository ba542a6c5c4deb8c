// Password reset by email: no hint whether an account exists, hashed one-time tokens, an hour's life.
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { hashToken } from "@/lib/users/password-tokens";
import { verifyPassword } from "@/lib/users/password";
import { requestPasswordReset, resetPasswordWithToken, unusableLinkMessage } from "@/lib/users/password-reset";
import { inEnglish } from "@/lib/i18n/english";
import { provideMigratedDatabase } from "../support/test-database";
import { makePatient } from "../support/clinic-fixtures";
import { countingTransport } from "../support/counting-transport";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { mailboxTransport } from "@/lib/notifications/mailbox-transport";
import { getMailboxEmail } from "@/lib/notifications/queries";
import type { EmailTransport } from "@/lib/notifications/transport";

const database = provideMigratedDatabase();
const now = new Date("2030-02-01T12:00:00Z");

async function emailedToken(email: string): Promise<string> {
  const message = await database.db.outboxMessage.findFirstOrThrow({
    where: { toEmail: email, kind: "account.password-reset" },
    orderBy: { createdAt: "desc" },
  });
  const link = (message.payload as { link: string }).link;
  return decodeURIComponent(link.split("/reset-password/")[1]!);
}

const failureOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof DomainError ? e.message : Promise.reject(e)),
  );

/** What a person reads when a link is spent or expired. */
const unusableLinkText = inEnglish(unusableLinkMessage);

describe("password reset", () => {
  it("an unknown or deactivated address gets no email, and the request looks the same", async () => {
    const before = await database.db.outboxMessage.count();
    await expect(requestPasswordReset("nobody@example.test", now)).resolves.toBeUndefined();
    const inactive = await makePatient(database.db);
    await database.db.user.update({ where: { id: inactive.id }, data: { active: false } });
    await expect(requestPasswordReset(inactive.email, now)).resolves.toBeUndefined();
    expect(await database.db.outboxMessage.count()).toBe(before);
  });

  it("stores only the token's hash; the link sets a password once", async () => {
    const patient = await makePatient(database.db);
    await requestPasswordReset(patient.email, now);
    const token = await emailedToken(patient.email);
    const stored = await database.db.passwordToken.findMany({ where: { userId: patient.id } });
    expect(stored.map((t) => t.tokenHash)).toEqual([hashToken(token)]);
    expect(stored[0]!.expiresAt.getTime() - now.getTime()).toBeLessThanOrEqual(60 * 60_000);

    await resetPasswordWithToken({ token, password: "Fresh-harbour-42" }, new Date(now.getTime() + 10 * 60_000));
    const user = await database.db.user.findUniqueOrThrow({ where: { id: patient.id } });
    expect(await verifyPassword(user.passwordHash!, "Fresh-harbour-42")).toBe(true);
    expect(
      await failureOf(
        resetPasswordWithToken({ token, password: "Other-harbour-43" }, new Date(now.getTime() + 11 * 60_000)),
      ),
    ).toBe(unusableLinkText);
  });

  it("two submissions of one link at once: exactly one sets the password", async () => {
    const patient = await makePatient(database.db);
    await requestPasswordReset(patient.email, now);
    const token = await emailedToken(patient.email);
    const outcomes = await Promise.all(
      ["Racing-first-111", "Racing-second-222"].map((password) =>
        failureOf(resetPasswordWithToken({ token, password }, now)),
      ),
    );
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.filter((o) => o === unusableLinkText)).toHaveLength(1);
  });

  it("expires within the hour, and a newer link revokes the older one", async () => {
    const patient = await makePatient(database.db);
    await requestPasswordReset(patient.email, now);
    const first = await emailedToken(patient.email);
    expect(
      await failureOf(
        resetPasswordWithToken({ token: first, password: "Too-late-9999" }, new Date(now.getTime() + 61 * 60_000)),
      ),
    ).toBe(unusableLinkText);

    await requestPasswordReset(patient.email, new Date(now.getTime() + 1000));
    const second = await emailedToken(patient.email);
    expect(second).not.toBe(first);
    await requestPasswordReset(patient.email, new Date(now.getTime() + 2000));
    expect(
      await failureOf(
        resetPasswordWithToken({ token: second, password: "Revoked-link-77" }, new Date(now.getTime() + 3000)),
      ),
    ).toBe(unusableLinkText);
  });

  it("forgets the link once the email has really left, and admins cannot read real emails", async () => {
    const [viaResend, viaMailbox] = await Promise.all([makePatient(database.db), makePatient(database.db)]);
    const later = new Date(now.getTime() + 5 * 60_000);
    const dispatch = (transport: EmailTransport) => dispatchDueEmails({ db: database.db, transport, now: () => later });
    const messageTo = (email: string) =>
      database.db.outboxMessage.findFirstOrThrow({ where: { toEmail: email, kind: "account.password-reset" } });

    await requestPasswordReset(viaMailbox.email, now);
    await dispatch(mailboxTransport); // the development inbox is where the link is read: kept
    expect((await messageTo(viaMailbox.email)).payload).toMatchObject({
      link: expect.stringContaining("/reset-password/"),
    });

    await requestPasswordReset(viaResend.email, now);
    const transport = countingTransport();
    await dispatch(transport);
    expect(transport.deliveries.find((d) => d.to === viaResend.email)?.text).toContain("/reset-password/");
    const sent = await messageTo(viaResend.email);
    expect(sent.status).toBe("SENT");
    expect((sent.payload as { link: unknown }).link).toBeNull();

    process.env.RESEND_API_KEY = "re_test_only";
    try {
      expect(await getMailboxEmail(sent.id)).toBeNull();
    } finally {
      delete process.env.RESEND_API_KEY;
    }
    expect((await getMailboxEmail((await messageTo(viaMailbox.email)).id))?.email.text).toContain("/reset-password/");
  });
});
