// Reminders: once per appointment and lead time however many runs race, re-armed by a move, and
// never sent for an appointment that was cancelled.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import { createPrismaClient } from "@/lib/db/create-client";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { createDueReminders } from "@/lib/notifications/reminders";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";
import { countingTransport } from "../support/counting-transport";

const database = provideMigratedDatabase();
const bookedAt = new Date("2030-01-07T08:00:00Z");
const hoursBefore = (start: string, h: number) => new Date(new Date(start).getTime() - h * 3_600_000);

beforeAll(async () => {
  process.env.AUTH_SECRET ||= "test-secret-for-signed-links-0000000000";
  await setClinic(database.db, { cancellationCutoffHours: 1 });
});

async function bookedAppointment(start: string) {
  const { doctorId } = await makeDoctor(database.db);
  const patient = await makePatient(database.db);
  const { id } = await bookAppointment(patient, { doctorId, start, reason: "Check-up" }, bookedAt);
  return { id, patient };
}

const remindersOf = (appointmentId: string) =>
  database.db.reminder.findMany({
    where: { appointmentId },
    orderBy: [{ sequence: "asc" }, { leadMinutes: "desc" }],
    select: { leadMinutes: true, sequence: true, outboxId: true },
  });

describe("reminders", () => {
  it("many concurrent runs create each lead time's reminder exactly once, with one email each", async () => {
    const start = "2030-01-10T10:00:00.000Z";
    const { id } = await bookedAppointment(start);
    expect((await createDueReminders({ now: hoursBefore(start, 25) })).created).toBe(0);

    const clients = Array.from({ length: 4 }, () => createPrismaClient(database.url, 2));
    try {
      for (const hours of [23.9, 1.9]) {
        const runs = await Promise.all(
          clients.flatMap((db) => [
            createDueReminders({ db, now: hoursBefore(start, hours) }),
            createDueReminders({ db, now: hoursBefore(start, hours) }),
          ]),
        );
        expect(runs.reduce((sum, r) => sum + r.created, 0)).toBe(1);
      }
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
    const reminders = await remindersOf(id);
    expect(reminders.map((r) => r.leadMinutes)).toEqual([1440, 120]);
    expect(reminders.every((r) => r.outboxId)).toBe(true);
    expect(await database.db.outboxMessage.count({ where: { appointmentId: id, kind: "appointment.reminder" } })).toBe(
      2,
    );
  });

  it("a late run still reminds while the appointment is ahead, and not once it has started", async () => {
    const start = "2030-01-11T10:00:00.000Z";
    const { id } = await bookedAppointment(start);
    await createDueReminders({ now: new Date(start) });
    expect(await remindersOf(id)).toEqual([]);
    await createDueReminders({ now: hoursBefore(start, 0.5) }); // the server was down for a day
    expect((await remindersOf(id)).map((r) => r.leadMinutes)).toEqual([1440, 120]);
    const emails = await database.db.outboxMessage.findMany({
      where: { appointmentId: id, kind: "appointment.reminder" },
    });
    expect(emails.every((e) => e.availableAt.getTime() === hoursBefore(start, 0.5).getTime())).toBe(true);
  });

  it("sends none when the clinic has emptied its lead times (reminders turned off)", async () => {
    const start = "2030-01-14T10:00:00.000Z";
    const { id } = await bookedAppointment(start);
    await database.db.clinicSettings.update({ where: { id: 1 }, data: { reminderLeadMinutes: [] } });
    try {
      expect(await createDueReminders({ now: hoursBefore(start, 1) })).toEqual({ created: 0 });
      expect(await remindersOf(id)).toEqual([]);
    } finally {
      await database.db.clinicSettings.update({ where: { id: 1 }, data: { reminderLeadMinutes: [1440, 120] } });
    }
  });

  it("writes a reminder ahead of time but holds it until its moment", async () => {
    const start = "2030-01-12T10:00:00.000Z";
    const { id } = await bookedAppointment(start);
    await createDueReminders({ now: new Date(hoursBefore(start, 2).getTime() - 2 * 60_000) });
    const email = await database.db.outboxMessage.findFirstOrThrow({
      where: { appointmentId: id, idempotencyKey: { endsWith: ":120:patient" } },
    });
    expect(email.availableAt).toEqual(hoursBefore(start, 2));
    const transport = countingTransport();
    await dispatchDueEmails({ db: database.db, transport, now: () => hoursBefore(start, 2.01) });
    expect(transport.deliveries.map((d) => d.idempotencyKey)).not.toContain(email.idempotencyKey);
  });

  it("no reminder is ever sent for a cancelled appointment", async () => {
    const start = "2030-01-13T10:00:00.000Z";
    const { id, patient } = await bookedAppointment(start);
    await createDueReminders({ now: hoursBefore(start, 23) }); // the 24 h reminder is written…
    // …then the visit is cancelled
    await cancelAppointment(patient, { appointmentId: id, reason: "Feeling better" }, hoursBefore(start, 22));
    // Dropped by the cancellation itself, not only later by the dispatcher.
    expect(
      await database.db.outboxMessage.findFirstOrThrow({ where: { appointmentId: id, kind: "appointment.reminder" } }),
    ).toMatchObject({ status: "DROPPED" });
    await createDueReminders({ now: hoursBefore(start, 1.5) }); // the 2 h one is not written at all
    const transport = countingTransport();
    await dispatchDueEmails({ db: database.db, transport, now: () => hoursBefore(start, 1) });
    expect(
      transport.deliveries.filter(
        (d) => d.idempotencyKey.includes(id) && d.idempotencyKey.startsWith("appointment.reminder"),
      ),
    ).toEqual([]);
    expect(transport.deliveries.some((d) => d.idempotencyKey.startsWith(`appointment.cancelled:${id}`))).toBe(true);
    const reminder = await database.db.outboxMessage.findFirstOrThrow({
      where: { appointmentId: id, kind: "appointment.reminder" },
    });
    expect(reminder).toMatchObject({ status: "DROPPED", lastError: "Not sent: the appointment is cancelled." });
    expect(await remindersOf(id)).toHaveLength(1);
  });

  it("a move re-arms the reminders for the new time; the old time's reminder is dropped", async () => {
    const start = "2030-01-14T10:00:00.000Z";
    const moved = "2030-01-14T15:00:00.000Z";
    const { id, patient } = await bookedAppointment(start);
    await createDueReminders({ now: hoursBefore(start, 23) });
    await rescheduleAppointment(patient, { appointmentId: id, start: moved }, hoursBefore(start, 22.5));
    expect(
      await database.db.outboxMessage.findFirstOrThrow({ where: { appointmentId: id, kind: "appointment.reminder" } }),
    ).toMatchObject({
      status: "DROPPED",
      lastError: "Not sent: the appointment changed after this reminder was written.",
    });
    const dayBeforeNewTime = hoursBefore(moved, 23.5);
    await createDueReminders({ now: dayBeforeNewTime });
    expect((await remindersOf(id)).map((r) => [r.leadMinutes, r.sequence])).toEqual([
      [1440, 0],
      [1440, 1],
    ]);
    const transport = countingTransport();
    await dispatchDueEmails({ db: database.db, transport, now: () => dayBeforeNewTime });
    const reminders = transport.deliveries.filter((d) => d.idempotencyKey.startsWith(`appointment.reminder:${id}`));
    expect(reminders.map((d) => d.idempotencyKey)).toEqual([`appointment.reminder:${id}:1:1440:patient`]);
    expect(reminders[0]!.text).toContain("15:00");
  });
});
