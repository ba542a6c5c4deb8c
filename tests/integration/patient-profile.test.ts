import { beforeAll, describe, expect, it } from "vitest";
import { z } from "@/lib/i18n/zod";
import { Forbidden } from "@/lib/errors/domain-error";
import type { Actor } from "@/lib/auth/session";
import { getPatientProfileForEdit, updatePatientProfile } from "@/lib/patients/profile";
import { patientProfileSchema } from "@/lib/patients/schemas";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();

beforeAll(async () => {
  await setClinic(database.db);
});

const admin: Actor = {
  id: "00000000-0000-4000-8000-00000000a001",
  email: "admin@clinic.test",
  name: "Admin",
  role: "ADMIN",
  patientId: null,
  doctorId: null,
};

const everyField = (patientId: string) => ({
  patientId,
  name: "Amina Chowdhury",
  phone: "+880 1711 000111",
  dateOfBirth: "1979-03-14",
  address: "House 12, Road 5",
  city: "Dhaka",
  postalCode: "1209",
  emergencyName: "Karim Chowdhury",
  emergencyRelationship: "Brother",
  emergencyPhone: "+880 1811 222333",
  bloodGroup: "O_NEG",
  allergies: "Penicillin",
  medicalHistory: "Asthma since childhood",
  currentMedications: "Salbutamol inhaler",
  insuranceProvider: "Green Delta",
  insuranceNumber: "GD-55-0192",
  locale: "bn",
  reminderChannel: "SMS",
});

describe("patient profile", () => {
  it("saves every field, shows it again and records each change as old → new", async () => {
    const patient = await makePatient(database.db);
    const result = await updatePatientProfile(patient, patientProfileSchema.parse(everyField(patient.patientId!)));
    expect(result.changed).toHaveLength(17);

    expect(await getPatientProfileForEdit(patient, patient.patientId!)).toEqual(everyField(patient.patientId!));
    const user = await database.db.user.findUniqueOrThrow({ where: { id: patient.id }, select: { locale: true } });
    expect(user.locale).toBe("bn");

    const audit = await database.db.auditEvent.findFirstOrThrow({
      where: { action: "patient.profile.update", entityId: patient.patientId! },
      select: { actorId: true, detail: true },
    });
    expect(audit.actorId).toBe(patient.id);
    const changes = (audit.detail as { changes: Record<string, { from: unknown; to: unknown }> }).changes;
    expect(changes.name).toEqual({ from: "Pat Test", to: "Amina Chowdhury" });
    expect(changes.allergies).toEqual({ from: null, to: "Penicillin" });
    expect(changes.reminderChannel).toEqual({ from: "EMAIL", to: "SMS" });
  });

  it("empties optional fields back to not given and records nothing when nothing changed", async () => {
    const patient = await makePatient(database.db);
    const id = patient.patientId!;
    await updatePatientProfile(patient, patientProfileSchema.parse(everyField(id)));
    const cleared = { ...everyField(id), allergies: "", bloodGroup: "", locale: "" };
    expect((await updatePatientProfile(patient, patientProfileSchema.parse(cleared))).changed.sort()).toEqual([
      "allergies",
      "bloodGroup",
      "locale",
    ]);
    const row = await database.db.patientProfile.findUniqueOrThrow({
      where: { id },
      select: { allergies: true, bloodGroup: true, user: { select: { locale: true } } },
    });
    expect(row).toEqual({ allergies: null, bloodGroup: null, user: { locale: null } });
    expect((await updatePatientProfile(patient, patientProfileSchema.parse(cleared))).changed).toEqual([]);
    expect(await database.db.auditEvent.count({ where: { action: "patient.profile.update", entityId: id } })).toBe(2);
  });

  it("lets an administrator edit a patient, naming the administrator in the audit", async () => {
    const patient = await makePatient(database.db);
    await database.db.user.create({ data: { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" } });
    const input = { ...everyField(patient.patientId!), insuranceNumber: "GD-99-0001" };
    await updatePatientProfile(admin, patientProfileSchema.parse(input));
    const audit = await database.db.auditEvent.findFirstOrThrow({
      where: { action: "patient.profile.update", entityId: patient.patientId! },
      select: { actorId: true, detail: true },
    });
    expect(audit.actorId).toBe(admin.id);
    expect((audit.detail as { changes: Record<string, unknown> }).changes.insuranceNumber).toEqual({
      from: null,
      to: "GD-99-0001",
    });
  });

  it("refuses another patient's profile and a doctor", async () => {
    const [patient, other] = await Promise.all([makePatient(database.db), makePatient(database.db)]);
    const input = patientProfileSchema.parse(everyField(other.patientId!));
    await expect(updatePatientProfile(patient, input)).rejects.toBeInstanceOf(Forbidden);
    await expect(getPatientProfileForEdit(patient, other.patientId!)).rejects.toBeInstanceOf(Forbidden);
    const { actor: doctor } = await makeDoctor(database.db);
    await expect(updatePatientProfile(doctor, input)).rejects.toBeInstanceOf(Forbidden);
    const row = await database.db.patientProfile.findUniqueOrThrow({
      where: { id: other.patientId! },
      select: { allergies: true },
    });
    expect(row.allergies).toBeNull();
  });

  it("refuses a language there is no catalogue for, on its field", async () => {
    const patient = await makePatient(database.db);
    const input = patientProfileSchema.parse({ ...everyField(patient.patientId!), locale: "xx" });
    await expect(updatePatientProfile(patient, input)).rejects.toMatchObject({ field: "locale" });
  });

  it("explains bad input on each field", () => {
    const result = patientProfileSchema.safeParse({
      ...everyField("00000000-0000-4000-8000-000000000001"),
      phone: "call me",
      emergencyPhone: "x",
      dateOfBirth: "2999-01-01",
      bloodGroup: "Z",
      allergies: "a".repeat(2001),
    });
    expect(result.success).toBe(false);
    const errors = z.flattenError(result.error!).fieldErrors;
    expect(errors.phone).toEqual(["validation.profile.phone"]);
    expect(errors.emergencyPhone).toEqual(["validation.profile.phone"]);
    expect(errors.dateOfBirth).toEqual(["validation.profile.dateOfBirthFuture"]);
    expect(errors.bloodGroup).toEqual(["validation.profile.bloodGroup"]);
    expect(errors.allergies).toEqual(['validation.profile.tooLong|{"max":2000}']);
  });
});
