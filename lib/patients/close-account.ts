import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError, NotFound } from "@/lib/errors/domain-error";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { cancelInTransaction } from "@/lib/appointments/cancel";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { verifyPassword } from "@/lib/users/password";
import { noticeWords } from "@/lib/users/notice-words";
import { patientPolicy } from "./policy";

/**
 * Closes the patient's own account: every future visit is cancelled through the usual cancellation
 * (its audit entry and emails to patient and doctor), the account is deactivated so it can no longer
 * sign in, and the patient is told. Medical records stay, as the law requires; an administrator can
 * reactivate the account. All in one transaction: a visit booked meanwhile makes the whole close retry.
 */
export async function closePatientAccount(
  actor: Actor,
  input: { currentPassword: string },
  now = new Date(),
): Promise<{ cancelled: number }> {
  if (!actor.patientId) throw new NotFound();
  patientPolicy.assertCan(actor, "patient.edit_profile", { patientId: actor.patientId });
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, name: true, locale: true, passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new DomainError("errors.account.wrongPassword", "currentPassword");
  const patientId = actor.patientId;
  return db.$transaction(async (tx) => {
    // Locks the account row: a booking made while closing waits, then sees an inactive account.
    await tx.$queryRaw`SELECT 1 FROM users WHERE id = ${actor.id}::uuid FOR UPDATE`;
    const future = await tx.appointment.findMany({
      where: { patientId, status: { in: ["PENDING", "CONFIRMED"] }, startsAt: { gt: now } },
      select: { id: true, status: true, sequence: true },
    });
    const clinicWords = await noticeWords(tx, null);
    for (const appointment of future)
      await cancelInTransaction(tx, actor, appointment, clinicWords("closedCancelReason"), now);
    await tx.user.update({ where: { id: actor.id }, data: { active: false } });
    const t = await noticeWords(tx, user.locale);
    await enqueueEmails(tx, [
      {
        to: user.email,
        subject: t("closedSubject"),
        payload: {
          kind: "account.closed",
          locale: t.locale,
          heading: t("closedHeading"),
          paragraphs: [t("closedBody", { name: user.name, count: future.length }), t("closedRecords")],
          link: null,
        },
        idempotencyKey: `account.closed:${actor.id}:${now.toISOString()}`,
      },
    ]);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.close",
        entityType: "user",
        entityId: actor.id,
        detail: { cancelledAppointments: future.map((a) => a.id) },
      },
      tx,
    );
    return { cancelled: future.length };
  });
}
