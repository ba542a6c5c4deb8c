import "server-only";
import { getDb } from "@/lib/db/client";
import type { Interval } from "@/lib/scheduling/zoned-day";
import { appointmentFacts } from "./selects";

const live = ["PENDING", "CONFIRMED"] as const;

const withDoctor = {
  ...appointmentFacts,
  doctor: { select: { location: true, user: { select: { name: true } }, specialty: { select: { name: true } } } },
} as const;

/** A patient's own appointments: upcoming live ones soonest first, then recent past ones. */
export async function listPatientAppointments(patientId: string, now: Date) {
  const db = getDb();
  const [upcoming, past] = await Promise.all([
    db.appointment.findMany({
      where: { patientId, startsAt: { gte: now }, status: { in: [...live] } },
      orderBy: { startsAt: "asc" },
      select: withDoctor,
    }),
    db.appointment.findMany({
      where: { patientId, OR: [{ startsAt: { lt: now } }, { status: { notIn: [...live] } }] },
      orderBy: { startsAt: "desc" },
      take: 20,
      select: withDoctor,
    }),
  ]);
  return { upcoming, past };
}

/** A doctor's own appointments in an interval, in time order, with the patient's name. */
export function listDoctorAppointments(doctorId: string, interval: Interval) {
  return getDb().appointment.findMany({
    where: { doctorId, startsAt: { gte: interval.start, lt: interval.end } },
    orderBy: { startsAt: "asc" },
    select: { ...appointmentFacts, patient: { select: { id: true, user: { select: { name: true } } } } },
  });
}

export async function countDoctorWorkload(doctorId: string, week: Interval) {
  const db = getDb();
  const [thisWeek, awaitingConfirmation] = await Promise.all([
    db.appointment.count({ where: { doctorId, startsAt: { gte: week.start, lt: week.end }, status: { in: [...live, "COMPLETED", "NO_SHOW"] } } }),
    db.appointment.count({ where: { doctorId, status: "PENDING" } }),
  ]);
  return { thisWeek, awaitingConfirmation };
}

/** One appointment, only if it is this patient's own (another patient's is simply not found). */
export function getPatientAppointment(appointmentId: string, patientId: string) {
  return getDb().appointment.findFirst({
    where: { id: appointmentId, patientId },
    select: {
      ...appointmentFacts,
      sequence: true,
      cancellationReason: true,
      createdAt: true,
      updatedAt: true,
      doctor: { select: { id: true, location: true, user: { select: { name: true } }, specialty: { select: { name: true } } } },
    },
  });
}
