import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { DomainError } from "@/lib/errors/domain-error";
import { leaveFormSchema } from "@/lib/doctors/schemas";
import { addLeave, deleteLeave } from "@/lib/doctors/leave";
import { scheduleChangeState } from "@/lib/doctors/schedule-change-state";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z"); // Monday; the clinic is in Europe/London (GMT in January)

const form = (doctorId: string, extra: Record<string, string> = {}) =>
  leaveFormSchema.parse({
    doctorId,
    startsAt: "2030-01-08T00:00",
    endsAt: "2030-01-09T00:00",
    note: "Conference",
    ...extra,
  });

async function doctorWithVisit() {
  const doctor = await makeDoctor(database.db);
  const patient = await makePatient(database.db);
  const { id } = await bookAppointment(
    patient,
    { doctorId: doctor.doctorId, start: "2030-01-08T10:00:00.000Z", reason: "Check-up" },
    now,
  );
  return { ...doctor, patient, appointmentId: id };
}

beforeAll(async () => {
  await setClinic(database.db, { timeZone: "Europe/London" });
});

describe("leave", () => {
  it("refuses an end before the start, next to the end field", () => {
    const parsed = leaveFormSchema.safeParse({
      doctorId: "6f1c2b1e-8f2a-4a51-9c53-2f1f4f0b7a10",
      startsAt: "2030-01-08T10:00",
      endsAt: "2030-01-08T09:00",
    });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["endsAt", "The end must be after the start."],
    ]);
    const impossible = leaveFormSchema.safeParse({
      doctorId: "6f1c2b1e-8f2a-4a51-9c53-2f1f4f0b7a10",
      startsAt: "2030-02-30T10:00",
      endsAt: "2030-03-01T09:00",
    });
    expect(impossible.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["startsAt", "Enter a date that exists."],
    ]);
  });

  it("adds leave with no appointments inside at once, in the clinic's zone", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    expect(await addLeave(actor, form(doctorId), now)).toEqual({ outcome: "saved", kept: 0, cancelled: 0 });
    const [leave] = await database.db.leave.findMany({ where: { doctorId } });
    expect(leave).toMatchObject({
      startsAt: new Date("2030-01-08T00:00:00Z"),
      endsAt: new Date("2030-01-09T00:00:00Z"),
      note: "Conference",
    });
  });

  it("lists a visit inside the leave, then cancels it with the reason and an email when the doctor says", async () => {
    const { doctorId, actor, patient, appointmentId } = await doctorWithVisit();
    const first = await addLeave(actor, form(doctorId), now);
    expect(first).toMatchObject({
      outcome: "needs-decision",
      stranded: [expect.objectContaining({ id: appointmentId })],
    });
    expect(await database.db.leave.count({ where: { doctorId } })).toBe(0);

    const decided = form(doctorId, {
      strandedChoice: "cancel",
      cancelReason: "Called away to a conference",
      acknowledged: appointmentId,
    });
    expect(scheduleChangeState(await addLeave(actor, decided, now), "Leave added.")).toMatchObject({
      status: "success",
      message: expect.stringMatching(/^Leave added. 1 appointment was cancelled/),
    });
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "Called away to a conference",
    });
    expect(
      await database.db.outboxMessage.count({
        where: { appointmentId, kind: "appointment.cancelled", toEmail: patient.email },
      }),
    ).toBe(1);
    expect(await database.db.leave.count({ where: { doctorId } })).toBe(1);
  });

  it("keeps the appointment when the doctor chooses so", async () => {
    const { doctorId, actor, appointmentId } = await doctorWithVisit();
    await addLeave(actor, form(doctorId, { strandedChoice: "keep", acknowledged: appointmentId }), now);
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("does not let another doctor add or remove a doctor's leave", async () => {
    const { doctorId, actor } = await makeDoctor(database.db);
    const { actor: other } = await makeDoctor(database.db);
    await expect(addLeave(other, form(doctorId), now)).rejects.toBeInstanceOf(DomainError);
    await addLeave(actor, form(doctorId), now);
    const leave = await database.db.leave.findFirstOrThrow({ where: { doctorId } });
    await expect(deleteLeave(other, leave.id)).rejects.toEqual(new DomainError("We could not find that leave."));
    await deleteLeave(actor, leave.id);
    expect(await database.db.leave.count({ where: { doctorId } })).toBe(0);
  });
});
