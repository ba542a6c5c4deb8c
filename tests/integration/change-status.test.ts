import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { changeAppointmentStatus } from "@/lib/appointments/change-status";
import { domainMessageOf } from "../support/domain-message";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z");
const at = (iso: string) => `2030-01-${iso}:00.000Z`;

beforeAll(async () => {
  await setClinic(database.db, { requireDoctorConfirmation: true });
});

describe("staff status changes", () => {
  it("the doctor confirms a request; the patient gets one email in the same transaction", async () => {
    const { doctorId, actor: doctor } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(patient, { doctorId, start: at("08T10:00"), reason: "Request" }, now);
    await changeAppointmentStatus(doctor, { appointmentId: id, action: "confirm" }, now);
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONFIRMED",
      sequence: 1,
    });
    const emails = await database.db.outboxMessage.findMany({
      where: { appointmentId: id, kind: "appointment.confirmed" },
    });
    expect(emails.map((e) => e.toEmail)).toEqual([patient.email]);
    expect(
      await database.db.auditEvent.count({
        where: { entityId: id, action: "appointment.confirm", actorId: doctor.id },
      }),
    ).toBe(1);
  });

  it("declining keeps the reason and frees the time", async () => {
    const { doctorId, actor: doctor } = await makeDoctor(database.db);
    const [p1, p2] = [await makePatient(database.db), await makePatient(database.db)];
    const { id } = await bookAppointment(p1, { doctorId, start: at("08T11:00"), reason: "Request" }, now);
    await changeAppointmentStatus(doctor, { appointmentId: id, action: "reject", reason: "Not my specialty" }, now);
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REJECTED",
      cancellationReason: "Not my specialty",
    });
    await bookAppointment(p2, { doctorId, start: at("08T11:00"), reason: "Freed" }, now);
  });

  it("another doctor cannot act on it, even with its id", async () => {
    const { doctorId } = await makeDoctor(database.db);
    const { actor: stranger } = await makeDoctor(database.db);
    const { id } = await bookAppointment(
      await makePatient(database.db),
      { doctorId, start: at("08T12:00"), reason: "Request" },
      now,
    );
    expect(
      await domainMessageOf(changeAppointmentStatus(stranger, { appointmentId: id, action: "confirm" }, now)),
    ).toBe("We could not find that appointment.");
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("completes only once the visit has started; a patient can do none of it", async () => {
    const { doctorId, actor: doctor } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    const { id } = await bookAppointment(patient, { doctorId, start: at("08T13:00"), reason: "Request" }, now);
    await changeAppointmentStatus(doctor, { appointmentId: id, action: "confirm" }, now);
    expect(
      await domainMessageOf(changeAppointmentStatus(doctor, { appointmentId: id, action: "complete" }, now)),
    ).toMatch(/only once it has started/);
    expect(
      await domainMessageOf(
        changeAppointmentStatus(patient, { appointmentId: id, action: "no_show" }, new Date(at("08T13:05"))),
      ),
    ).toMatch(/Only the doctor or an administrator/);
    await changeAppointmentStatus(doctor, { appointmentId: id, action: "complete" }, new Date(at("08T13:05")));
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).status).toBe("COMPLETED");
  });
});
