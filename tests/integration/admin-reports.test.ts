import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

const database = provideMigratedDatabase();
const { GET: exportAppointments } = await import("@/app/(admin)/admin/appointments/export/route");
const { GET: exportReport } = await import("@/app/(admin)/admin/reports/export/route");
const { loadReport } = await import("@/lib/reports/queries");
const { loadDashboard } = await import("@/lib/dashboard/queries");
const { listAppointmentsForAdmin } = await import("@/lib/appointments/queries");
const noParams = { params: Promise.resolve({}) };

let doctorId: string;
let patient: Actor;
const admin: Actor = {
  id: "",
  email: "boss@clinic.test",
  name: "Boss",
  role: "ADMIN",
  patientId: null,
  doctorId: null,
};
const BULK = 1_130; // more than two export batches

const at = (minutesFromBase: number) => new Date(Date.UTC(2030, 0, 1, 0, 0) + minutesFromBase * 60_000);

async function addAppointments(statuses: AppointmentStatus[], offset: number, patientId = patient.patientId!) {
  await database.db.appointment.createMany({
    data: statuses.map((status, i) => ({
      id: randomUUID(),
      doctorId,
      patientId,
      startsAt: at(offset + i * 30),
      endsAt: at(offset + i * 30 + 30),
      status,
      reason: `Visit ${offset + i}`,
      feeCents: 5000,
    })),
  });
}

beforeAll(async () => {
  await setClinic(database.db);
  admin.id = (await database.db.user.create({ data: { email: admin.email, name: admin.name, role: "ADMIN" } })).id;
  ({ doctorId } = await makeDoctor(database.db));
  patient = await makePatient(database.db);
  await addAppointments(
    Array.from({ length: BULK }, () => "COMPLETED"),
    0,
  );
  // One day in March with every outcome, for the report.
  await addAppointments(
    ["COMPLETED", "COMPLETED", "COMPLETED", "NO_SHOW", "CANCELLED", "REJECTED", "CONFIRMED"],
    60 * 24 * 80,
  );
  // A fee rise after those visits were booked must not rewrite their revenue.
  await database.db.doctorProfile.update({ where: { id: doctorId }, data: { feeCents: 7000 } });
});

describe("appointments CSV export", () => {
  it("streams every matching row once, in order, across keyset batches", async () => {
    session.actor = admin;
    const response = await exportAppointments(
      new Request("http://localhost/admin/appointments/export?sort=starts_asc&status=COMPLETED&to=2030-02-28"),
      noParams,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toMatch(/^Appointment ID,Starts \(UTC\)/);
    const starts = lines.slice(1).map((l) => l.split(",")[1]!);
    expect(starts).toHaveLength(BULK);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[0])).size).toBe(BULK);
    expect([...starts].sort()).toEqual(starts);
    expect(await database.db.auditEvent.count({ where: { action: "appointment.export", actorId: admin.id } })).toBe(1);
  });

  it("newest first by default, with the same filters as the table", async () => {
    session.actor = admin;
    const text = await (
      await exportAppointments(new Request("http://localhost/admin/appointments/export?from=2030-03-01"), noParams)
    ).text();
    const rows = text.trim().split("\n").slice(1);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toContain("CONFIRMED");
    const table = await listAppointmentsForAdmin({ from: "2030-03-01", sort: "starts_desc", page: 1 }, "UTC");
    expect(table.total).toBe(7);
    expect(rows.map((r) => r.split(",")[0])).toEqual(table.rows.map((r) => r.id));
  });

  it("refuses a malformed filter with 400 instead of exporting everything", async () => {
    session.actor = admin;
    const response = await exportAppointments(
      new Request("http://localhost/admin/appointments/export?status=EVERYTHING"),
      noParams,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/status/);
  });
});

describe("reports", () => {
  it("counts outcomes per doctor and specialty with the no-show rate and fee revenue", async () => {
    const report = await loadReport({ gte: new Date("2030-03-01T00:00:00Z"), lt: new Date("2030-04-01T00:00:00Z") });
    expect(report.byDoctor).toEqual([
      expect.objectContaining({
        key: doctorId,
        booked: 6,
        completed: 3,
        cancelled: 1,
        noShows: 1,
        noShowRate: 0.25,
        revenueCents: 15_000,
      }),
    ]);
    expect(report.bySpecialty).toEqual([
      expect.objectContaining({ label: "General Practice", booked: 6, revenueCents: 15_000 }),
    ]);
  });

  it("exports the month as CSV", async () => {
    session.actor = admin;
    const text = await (
      await exportReport(new Request("http://localhost/admin/reports/export?month=2030-03"), noParams)
    ).text();
    expect(text.trim().split("\n")).toEqual([
      "Group,Name,Booked,Completed,Cancelled,No-shows,No-show rate,Fee revenue",
      "Doctor,Dr Test,6,3,1,1,25%,£150.00",
      "Specialty,General Practice,6,3,1,1,25%,£150.00",
    ]);
  });
});

describe("dashboard", () => {
  it("gives the figures, a full run of days and each doctor's booked share", async () => {
    const now = new Date("2030-03-25T12:00:00Z"); // the March day above is 2030-03-22
    const dashboard = await loadDashboard(now, "UTC");
    expect(dashboard.perDay).toHaveLength(30);
    const day = dashboard.perDay.find((d) => d.date === "2030-03-22");
    expect(day).toMatchObject({ COMPLETED: 3, NO_SHOW: 1, CANCELLED: 1, REJECTED: 1, CONFIRMED: 1 });
    expect(dashboard.figures.noShowRate).toBe(0.25);
    // 9:00–17:00 every day for 30 days = 14,400 offered minutes; 5 visits of 30 minutes held time.
    expect(dashboard.shares.find((s) => s.doctorId === doctorId)).toMatchObject({
      offeredMinutes: 14_400,
      bookedMinutes: 150,
    });
  });
});
