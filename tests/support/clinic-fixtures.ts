// Small builders for integration tests: a clinic, doctors and patients written straight to the database.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/auth/session";

export async function setClinic(
  db: Db,
  settings: Partial<{
    timeZone: string;
    minNoticeMinutes: number;
    bookingWindowDays: number;
    cancellationCutoffHours: number;
    requireDoctorConfirmation: boolean;
  }> = {},
) {
  const data = {
    timeZone: "UTC",
    minNoticeMinutes: 60,
    bookingWindowDays: 30,
    cancellationCutoffHours: 24,
    requireDoctorConfirmation: false,
    ...settings,
  };
  await db.clinicSettings.upsert({ where: { id: 1 }, create: { id: 1, name: "Test Clinic", ...data }, update: data });
}

/** A doctor working every day between the given local hours (minutes after midnight). */
export async function makeDoctor(
  db: Db,
  options: { slotMinutes?: number; startMinute?: number; endMinute?: number; acceptingPatients?: boolean } = {},
) {
  // Safe when several doctors are made at once (a Prisma upsert is not atomic).
  await db.specialty.createMany({ data: [{ name: "General Practice" }], skipDuplicates: true });
  const specialty = await db.specialty.findUniqueOrThrow({ where: { name: "General Practice" } });
  const user = await db.user.create({
    data: {
      email: `doctor-${randomUUID()}@clinic.test`,
      name: "Dr Test",
      role: "DOCTOR",
      doctor: {
        create: {
          specialtyId: specialty.id,
          licenseNumber: `T-${randomUUID()}`,
          slotMinutes: options.slotMinutes ?? 30,
          acceptingPatients: options.acceptingPatients ?? true,
          workingHours: {
            create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
              weekday,
              startMinute: options.startMinute ?? 9 * 60,
              endMinute: options.endMinute ?? 17 * 60,
            })),
          },
        },
      },
    },
    select: { id: true, email: true, name: true, doctor: { select: { id: true } } },
  });
  const actor: Actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "DOCTOR",
    patientId: null,
    doctorId: user.doctor!.id,
  };
  return { doctorId: user.doctor!.id, actor };
}

export async function makePatient(db: Db): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: `patient-${randomUUID()}@example.test`,
      name: "Pat Test",
      role: "PATIENT",
      patient: { create: { phone: "+44 20 0000 0000", dateOfBirth: new Date("1980-01-01") } },
    },
    select: { id: true, email: true, name: true, patient: { select: { id: true } } },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "PATIENT",
    patientId: user.patient!.id,
    doctorId: null,
  };
}

/** Counts pairs of live appointments of one doctor (or one patient) that overlap: must always be 0. */
async function countOverlaps(db: Db, owner: "doctor_id" | "patient_id"): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: number }[]>(`
    SELECT count(*)::int AS n FROM appointments a JOIN appointments b
      ON a.${owner} = b.${owner} AND a.id < b.id
     AND a.status IN ('PENDING','CONFIRMED') AND b.status IN ('PENDING','CONFIRMED')
     AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`);
  return rows[0]?.n ?? 0;
}

export const countDoctorOverlaps = (db: Db) => countOverlaps(db, "doctor_id");
export const countPatientOverlaps = (db: Db) => countOverlaps(db, "patient_id");
