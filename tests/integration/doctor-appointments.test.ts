import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import { DomainError } from "@/lib/errors/domain-error";
import { listPendingRequests } from "@/lib/appointments/queries";
import { saveVisitNote } from "@/lib/visit-notes/service";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z");

beforeAll(async () => {
  await setClinic(database.db, { requireDoctorConfirmation: true });
});

describe("a doctor's own appointments", () => {
  it("lists requests waiting for confirmation, soonest first", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const [p1, p2] = [await makePatient(database.db), await makePatient(database.db)];
    const later = await bookAppointment(p1, { doctorId, start: "2030-01-09T10:00:00.000Z", reason: "Later" }, now);
    const sooner = await bookAppointment(p2, { doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Sooner" }, now);
    expect((await listPendingRequests(doctorId, now)).map((r) => r.id)).toEqual([sooner.id, later.id]);
  });

  it("moves one to a free slot: only the patient is emailed; a taken time offers links in their area", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(
      patient,
      { doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Check" },
      now,
    );
    await rescheduleAppointment(actor, { appointmentId: id, start: "2030-01-08T14:00:00.000Z" }, now);
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      startsAt: new Date("2030-01-08T14:00:00.000Z"),
      status: "PENDING",
      sequence: 1,
    });
    const emails = await database.db.outboxMessage.findMany({
      where: { appointmentId: id, kind: "appointment.rescheduled" },
      select: { toEmail: true },
    });
    expect(emails).toEqual([{ toEmail: patient.email }]);

    const refused = rescheduleAppointment(actor, { appointmentId: id, start: "2030-01-08T14:10:00.000Z" }, now);
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    const links = ((await refused.catch((e: DomainError) => e)) as DomainError).links ?? [];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.href.startsWith(`/doctor/appointments/${id}/reschedule/confirm?start=`))).toBe(true);
  });

  it("cancels up to the start with a reason the patient is told", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(
      patient,
      { doctorId, start: "2030-01-08T11:00:00.000Z", reason: "Check" },
      now,
    );
    await cancelAppointment(actor, { appointmentId: id, reason: "Doctor unwell" }, new Date("2030-01-08T10:30:00Z"));
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "Doctor unwell",
      cancelledById: actor.id,
    });
    expect(
      await database.db.outboxMessage.count({
        where: { appointmentId: id, kind: "appointment.cancelled", toEmail: patient.email },
      }),
    ).toBe(1);
  });

  it("takes notes only once a confirmed visit has started", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(
      patient,
      { doctorId, start: "2030-01-08T12:00:00.000Z", reason: "Check" },
      now,
    );
    await expect(
      saveVisitNote(actor, { appointmentId: id, body: "Too early" }, new Date("2030-01-08T12:30:00Z")),
    ).rejects.toEqual(new DomainError("Notes can be written only for a confirmed or completed visit.", "body"));
    await expect(saveVisitNote(patient, { appointmentId: id, body: "Patient note" }, now)).rejects.toThrow(
      "Only the treating doctor can write visit notes.",
    );
    expect(await database.db.visitNote.count({ where: { appointmentId: id } })).toBe(0);
  });
});
