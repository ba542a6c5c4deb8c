// Refused access leaves a trace: another doctor's appointment asked for by id, and a role the
// policy gate refuses. The address recorded is X-Forwarded-For only behind TRUST_PROXY (unit-tested
// in lib/http/client-ip.test.ts); outside a request it is left empty.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

const { bookAppointment } = await import("@/lib/appointments/book");
const doctorActions = await import("@/app/(doctor)/doctor/actions");
const { provideMigratedDatabase } = await import("../support/test-database");
const { makeDoctor, makePatient, setClinic } = await import("../support/clinic-fixtures");

const database = provideMigratedDatabase();
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
    { doctorId: doctorA.doctorId!, start: "2030-01-08T10:00:00.000Z", reason: "Chest pain" },
    new Date("2030-01-07T08:00:00Z"),
  ));
});

describe("refused access is audited", () => {
  it("records another doctor's attempt on an appointment that is not theirs", async () => {
    session.actor = doctorB;
    const before = await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(await doctorActions.changeStatusAction(idle, form({ appointmentId, action: "confirm" }))).toMatchObject({
      status: "error",
      message: "We could not find that appointment.",
    });
    const events = await database.db.auditEvent.findMany({
      where: { action: "appointment.view_denied", entityId: appointmentId },
      select: { actorId: true, entityType: true, detail: true, ip: true },
    });
    expect(events).toEqual([
      { actorId: doctorB.id, entityType: "appointment", detail: { change: "confirm" }, ip: null },
    ]);
    const after = await database.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(after.status).toBe(before.status);
  });

  it("records a role the policy gate refuses, before anything is parsed", async () => {
    session.actor = patient;
    expect(await doctorActions.addLeaveAction(idle, form({}))).toMatchObject({
      status: "error",
      message: "Your account is not allowed to do that.",
    });
    const events = await database.db.auditEvent.findMany({
      where: { action: "access.denied", actorId: patient.id },
      select: { detail: true },
    });
    expect(events).toEqual([{ detail: { rule: "doctor.manage" } }]);
  });
});
