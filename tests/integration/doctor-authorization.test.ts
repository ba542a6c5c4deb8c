// Doctor A's appointments, notes and patients are closed to doctor B: through the services the
// pages and actions use, and through the real server actions with forged input.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

const { bookAppointment } = await import("@/lib/appointments/book");
const { changeAppointmentStatus } = await import("@/lib/appointments/change-status");
const { getDoctorAppointment } = await import("@/lib/appointments/queries");
const { getPatientRecordForDoctor } = await import("@/lib/patients/queries");
const { saveVisitNote } = await import("@/lib/visit-notes/service");
const { DomainError } = await import("@/lib/errors/domain-error");
const actions = await import("@/app/(doctor)/doctor/actions");
const { provideMigratedDatabase } = await import("../support/test-database");
const { makeDoctor, makePatient, setClinic } = await import("../support/clinic-fixtures");

const database = provideMigratedDatabase();
const bookedAt = new Date("2030-01-07T08:00:00Z");
const start = "2030-01-08T10:00:00.000Z";
const duringVisit = new Date("2030-01-08T10:05:00Z");

let doctorA: Actor, doctorB: Actor, patient: Actor, appointmentId: string;

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};
const idle = { status: "idle" } as const;

beforeAll(async () => {
  await setClinic(database.db);
  ({ actor: doctorA } = await makeDoctor(database.db));
  ({ actor: doctorB } = await makeDoctor(database.db));
  patient = await makePatient(database.db);
  ({ id: appointmentId } = await bookAppointment(
    patient,
    { doctorId: doctorA.doctorId!, start, reason: "Chest pain" },
    bookedAt,
  ));
  await changeAppointmentStatus(doctorA, { appointmentId, action: "complete" }, duringVisit);
  await saveVisitNote(doctorA, { appointmentId, body: "Musculoskeletal; reassured." }, duringVisit);
});

describe("doctor B and doctor A's records", () => {
  it("does not find A's appointment for B's page", async () => {
    expect(await getDoctorAppointment(doctorB, appointmentId)).toBeNull();
    expect((await getDoctorAppointment(doctorA, appointmentId))?.notes.map((n) => n.body)).toEqual([
      "Musculoskeletal; reassured.",
    ]);
  });

  it("refuses B the patient's record (the page answers 403) and audits both the view and the refusal", async () => {
    expect(await getPatientRecordForDoctor(doctorB, patient.patientId!)).toBeNull();
    const record = await getPatientRecordForDoctor(doctorA, patient.patientId!);
    expect(record?.appointments.map((a) => a.notes.map((n) => n.body))).toEqual([["Musculoskeletal; reassured."]]);
    const audit = await database.db.auditEvent.findMany({
      where: { entityType: "patient", entityId: patient.patientId! },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "patient.view_denied", actorId: doctorB.id },
        { action: "patient.view", actorId: doctorA.id },
      ]),
    );
  });

  it("gives no access through a declined request or a cancelled booking", async () => {
    const stranger = await makePatient(database.db);
    const at = (hour: number) => ({
      startsAt: new Date(Date.UTC(2030, 5, 3, hour)),
      endsAt: new Date(Date.UTC(2030, 5, 3, hour, 30)),
    });
    await database.db.appointment.createMany({
      data: [
        {
          patientId: stranger.patientId!,
          doctorId: doctorB.doctorId!,
          status: "REJECTED",
          reason: "Declined",
          feeCents: 0,
          ...at(9),
        },
        {
          patientId: stranger.patientId!,
          doctorId: doctorB.doctorId!,
          status: "CANCELLED",
          reason: "Cancelled",
          feeCents: 0,
          ...at(10),
        },
      ],
    });
    expect(await getPatientRecordForDoctor(doctorB, stranger.patientId!)).toBeNull();
  });

  it("does not let B write or overwrite A's note", async () => {
    await expect(saveVisitNote(doctorB, { appointmentId, body: "Forged note" }, duringVisit)).rejects.toEqual(
      new DomainError("We could not find that appointment."),
    );
    const notes = await database.db.visitNote.findMany({
      where: { appointmentId },
      select: { body: true, authorId: true },
    });
    expect(notes).toEqual([{ body: "Musculoskeletal; reassured.", authorId: doctorA.id }]);
  });

  it("lets A edit the note in place, keeping author and creation time", async () => {
    const before = await database.db.visitNote.findFirstOrThrow({ where: { appointmentId } });
    await saveVisitNote(
      doctorA,
      { appointmentId, body: "Musculoskeletal; reassured. Review in 2 weeks." },
      duringVisit,
    );
    const after = await database.db.visitNote.findFirstOrThrow({ where: { appointmentId } });
    expect(after).toMatchObject({
      id: before.id,
      authorId: doctorA.id,
      createdAt: before.createdAt,
      body: "Musculoskeletal; reassured. Review in 2 weeks.",
    });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect(
      await database.db.auditEvent.count({
        where: { action: "visit_note.write", actorId: doctorA.id, entityId: before.id },
      }),
    ).toBe(2);
  });
});

describe("forged action input", () => {
  it("B's status, cancel, move and note actions aimed at A's appointment find and change nothing", async () => {
    // The actions run on the real clock, so this future visit is written directly.
    const other = await database.db.appointment.create({
      data: {
        patientId: (await makePatient(database.db)).patientId!,
        doctorId: doctorA.doctorId!,
        startsAt: new Date("2030-01-09T10:00:00.000Z"),
        endsAt: new Date("2030-01-09T10:30:00.000Z"),
        status: "PENDING",
        reason: "Rash",
        feeCents: 6000,
      },
    });
    session.actor = doctorB;
    const notFound = { status: "error", message: "We could not find that appointment." };
    expect(
      await actions.changeStatusAction(idle, form({ appointmentId: other.id, action: "reject", reason: "Forged" })),
    ).toMatchObject(notFound);
    expect(await actions.changeStatusAction(idle, form({ appointmentId: other.id, action: "confirm" }))).toMatchObject(
      notFound,
    );
    expect(
      await actions.cancelAsDoctorAction(idle, form({ appointmentId: other.id, reason: "Forged cancel" })),
    ).toMatchObject(notFound);
    expect(
      await actions.rescheduleAsDoctorAction(
        idle,
        form({ appointmentId: other.id, start: "2030-01-09T11:00:00.000Z" }),
      ),
    ).toMatchObject(notFound);
    expect(await actions.saveVisitNoteAction(idle, form({ appointmentId, body: "Forged note" }))).toMatchObject(
      notFound,
    );
    const row = await database.db.appointment.findUniqueOrThrow({ where: { id: other.id } });
    expect(row).toMatchObject({ status: "PENDING", sequence: 0, startsAt: new Date("2030-01-09T10:00:00.000Z") });
  });

  it("B cannot change A's hours, leave or profile by forging A's doctor id", async () => {
    session.actor = doctorB;
    const hours = JSON.stringify([{ weekday: 1, startMinute: 600, endMinute: 660 }]);
    const refused = { status: "error", message: "We could not find that doctor." };
    expect(
      await actions.saveMyHoursAction(
        idle,
        form({
          doctorId: doctorA.doctorId!,
          intervals: hours,
          slotMinutes: "30",
          bufferBeforeMin: "0",
          bufferAfterMin: "0",
        }),
      ),
    ).toMatchObject(refused);
    expect(
      await actions.addLeaveAction(
        idle,
        form({ doctorId: doctorA.doctorId!, startsAt: "2030-02-01T00:00", endsAt: "2030-02-02T00:00" }),
      ),
    ).toMatchObject(refused);
    expect(await actions.regenerateCalendarFeedAction(idle, form({ doctorId: doctorA.doctorId! }))).toMatchObject(
      refused,
    );
    expect(await database.db.workingHours.count({ where: { doctorId: doctorA.doctorId! } })).toBe(7);
    expect(await database.db.leave.count({ where: { doctorId: doctorA.doctorId! } })).toBe(0);
  });

  it("a patient cannot use the doctor actions at all", async () => {
    session.actor = patient;
    expect(await actions.changeStatusAction(idle, form({ appointmentId, action: "confirm" }))).toMatchObject({
      status: "error",
      message: "Your account is not allowed to do that.",
    });
  });
});
