import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-error";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

// Only the session cookie is faked: getActor itself reads the user row, as it does per request.
const cookie = vi.hoisted(() => ({ userId: null as string | null, signedInAt: 0 }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (cookie.userId ? { user: { id: cookie.userId, signedInAt: cookie.signedInAt } } : null),
}));

const database = provideMigratedDatabase();
const { createAdminAccount, createDoctorAccount, setUserActive, changeUserRole } = await import("@/lib/staff/service");
const { listUsers } = await import("@/lib/staff/queries");
const { getActor } = await import("@/lib/auth/session");
const { getFreeSlots } = await import("@/lib/availability/service");
const { getDoctorProfile } = await import("@/lib/doctors/search");
const { findDoctorByFeedToken, regenerateCalendarToken } = await import("@/lib/doctors/calendar-feed");
const { getSchedulingSettings } = await import("@/lib/settings/queries");
const { requestPasswordReset, resetPasswordWithToken } = await import("@/lib/users/password-reset");

let admin: Actor;
let specialtyId: string;

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message, field: error.field };
    throw error;
  }
};

const doctorInput = (email: string, licenseNumber: string) => ({
  name: "Dr New Person",
  email,
  specialtyId,
  licenseNumber,
  yearsOfExperience: 3,
  fee: 7250,
  slotMinutes: 20,
  location: "Room 9",
});

beforeAll(async () => {
  await setClinic(database.db);
  const row = await database.db.user.create({
    data: { email: "first.admin@clinic.test", name: "First Admin", role: "ADMIN" },
    select: { id: true, email: true, name: true },
  });
  admin = { ...row, role: "ADMIN", patientId: null, doctorId: null };
  specialtyId = (await database.db.specialty.create({ data: { name: "Neurology" } })).id;
});

describe("creating staff", () => {
  it("creates a doctor with profile, no password, a one-time link in the outbox and an audit entry", async () => {
    const { id } = await createDoctorAccount(admin, doctorInput("new.doctor@clinic.test", "LIC-1"));
    const user = await database.db.user.findUniqueOrThrow({
      where: { id },
      include: { doctor: true, passwordTokens: true },
    });
    expect(user).toMatchObject({
      role: "DOCTOR",
      active: true,
      passwordHash: null,
      doctor: { specialtyId, licenseNumber: "LIC-1", feeCents: 7250, slotMinutes: 20 },
    });
    expect(user.passwordTokens).toHaveLength(1);
    const [email] = await database.db.outboxMessage.findMany({ where: { toEmail: "new.doctor@clinic.test" } });
    expect(email).toMatchObject({ kind: "account.invite", status: "PENDING" });
    expect(JSON.stringify(email!.payload)).toMatch(/\/reset-password\//);
    expect(
      await database.db.auditEvent.count({ where: { action: "user.create", entityId: id, actorId: admin.id } }),
    ).toBe(1);
  });

  it("puts a duplicate email or licence next to its field and leaves no half-made account", async () => {
    const before = await database.db.user.count();
    expect(await failureOf(createDoctorAccount(admin, doctorInput("new.doctor@clinic.test", "LIC-2")))).toEqual({
      message: expect.stringMatching(/email already exists/),
      field: "email",
    });
    expect(await failureOf(createDoctorAccount(admin, doctorInput("other.doctor@clinic.test", "LIC-1")))).toEqual({
      message: expect.stringMatching(/licence number/),
      field: "licenseNumber",
    });
    expect(await database.db.user.count()).toBe(before);
    expect(await database.db.outboxMessage.count({ where: { toEmail: "other.doctor@clinic.test" } })).toBe(0);
  });

  it("creates an administrator the same way", async () => {
    const { id } = await createAdminAccount(admin, { name: "Second Admin", email: "second.admin@clinic.test" });
    expect(
      await database.db.user.findUniqueOrThrow({ where: { id }, select: { role: true, passwordHash: true } }),
    ).toEqual({ role: "ADMIN", passwordHash: null });
    await setUserActive(admin, { userId: id, active: false }); // back to one active admin for the tests below
  });
});

describe("deactivation and roles", () => {
  it("a deactivated user's session stops at the next request, and comes back on reactivation", async () => {
    const patient = await makePatient(database.db);
    cookie.userId = patient.id;
    expect(await getActor()).toMatchObject({ id: patient.id, role: "PATIENT" });
    await setUserActive(admin, { userId: patient.id, active: false });
    expect(await getActor()).toBeNull();
    await setUserActive(admin, { userId: patient.id, active: true });
    expect(await getActor()).toMatchObject({ id: patient.id });
    expect(
      await database.db.auditEvent.findMany({
        where: { entityId: patient.id },
        select: { action: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([{ action: "user.deactivate" }, { action: "user.reactivate" }]);
  });

  it("a password reset ends the sessions signed in before it; a sign-in after it works", async () => {
    const patient = await makePatient(database.db);
    const resetAt = new Date();
    cookie.userId = patient.id;
    // signed in a minute before, perhaps by whoever knew the old password
    cookie.signedInAt = resetAt.getTime() - 60_000;
    expect(await getActor()).toMatchObject({ id: patient.id });
    await requestPasswordReset(patient.email, resetAt);
    const message = await database.db.outboxMessage.findFirstOrThrow({
      where: { toEmail: patient.email, kind: "account.password-reset" },
    });
    const token = decodeURIComponent((message.payload as { link: string }).link.split("/reset-password/")[1]!);
    await resetPasswordWithToken({ token, password: "Brand-new-harbour-5" }, resetAt);
    expect(await getActor()).toBeNull();
    cookie.signedInAt = resetAt.getTime() + 1_000;
    expect(await getActor()).toMatchObject({ id: patient.id });
    cookie.signedInAt = 0;
  });

  it("never deactivates or demotes the last active administrator", async () => {
    await database.db.doctorProfile.create({ data: { userId: admin.id, specialtyId, licenseNumber: "LIC-ADMIN" } });
    expect(await failureOf(setUserActive(admin, { userId: admin.id, active: false }))).toMatchObject({
      message: expect.stringMatching(/last active administrator/),
    });
    expect(await failureOf(changeUserRole(admin, { userId: admin.id, role: "DOCTOR" }))).toMatchObject({
      message: expect.stringMatching(/last active administrator/),
    });
    expect(
      await database.db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { active: true, role: true } }),
    ).toEqual({ active: true, role: "ADMIN" });
  });

  it("two admins demoting each other at once leave one administrator", async () => {
    const { actor: doctor } = await makeDoctor(database.db);
    await changeUserRole(admin, { userId: doctor.id, role: "ADMIN" });
    const other: Actor = { ...doctor, role: "ADMIN" };
    const results = await Promise.allSettled([
      changeUserRole(admin, { userId: other.id, role: "DOCTOR" }),
      changeUserRole(other, { userId: admin.id, role: "DOCTOR" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await database.db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    const roleEvents = await database.db.auditEvent.findMany({
      where: { action: "user.role_change" },
      select: { detail: true },
    });
    expect(roleEvents.map((e) => e.detail)).toContainEqual({ from: "DOCTOR", to: "ADMIN" });
  });

  it("takes a doctor made administrator off the rota: no search result, no free time, no calendar feed", async () => {
    const { doctorId, actor: doctor } = await makeDoctor(database.db);
    const token = await regenerateCalendarToken(doctor, doctorId);
    const settings = await getSchedulingSettings();
    const week = { start: new Date("2030-01-07T00:00:00Z"), end: new Date("2030-01-14T00:00:00Z") };
    const now = new Date("2030-01-06T12:00:00Z");
    expect((await getFreeSlots(doctorId, settings, now, week)).length).toBeGreaterThan(0);
    await changeUserRole(admin, { userId: doctor.id, role: "ADMIN" });
    expect(await getFreeSlots(doctorId, settings, now, week)).toEqual([]);
    expect(await getDoctorProfile(doctorId)).toBeNull();
    expect(await findDoctorByFeedToken(token)).toBeNull();
    await changeUserRole(admin, { userId: doctor.id, role: "DOCTOR" });
    expect((await getFreeSlots(doctorId, settings, now, week)).length).toBeGreaterThan(0);
  });

  it("refuses to turn a patient into staff", async () => {
    const patient = await makePatient(database.db);
    expect(await failureOf(changeUserRole(admin, { userId: patient.id, role: "ADMIN" }))).toMatchObject({
      message: expect.stringMatching(/cannot be converted/),
    });
  });
});

describe("the users list", () => {
  it("searches name, email and phone, filters by role and status, and pages on the server", async () => {
    const phone = await database.db.user.create({
      data: {
        email: "phone.match@example.test",
        name: "Phone Match",
        role: "PATIENT",
        active: false,
        patient: { create: { phone: "+44 7700 123987", dateOfBirth: new Date("1990-01-01") } },
      },
    });
    const byPhone = await listUsers({ q: "123987", page: 1 });
    expect(byPhone.rows.map((u) => u.id)).toEqual([phone.id]);
    expect((await listUsers({ q: "PHONE.MATCH", page: 1 })).total).toBe(1);
    expect((await listUsers({ q: "phone match", role: "PATIENT", status: "active", page: 1 })).total).toBe(0);
    const doctors = await listUsers({ role: "DOCTOR", page: 1 });
    expect(doctors.rows.every((u) => u.role === "DOCTOR")).toBe(true);
    for (let i = 0; i < 26; i++) await makePatient(database.db);
    const [first, second] = [
      await listUsers({ role: "PATIENT", page: 1 }),
      await listUsers({ role: "PATIENT", page: 2 }),
    ];
    expect(first.rows).toHaveLength(25);
    expect(first.pageCount).toBe(2);
    expect(new Set([...first.rows, ...second.rows].map((u) => u.id)).size).toBe(first.total);
  });
});
