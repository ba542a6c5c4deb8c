import "server-only";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { localDateRange } from "@/lib/scheduling/date-range";
import type { Interval } from "@/lib/scheduling/zoned-day";
import { PAGE_SIZE, paged } from "@/lib/listing/search-params";
import { appointmentScope } from "./policy";
import { recordRefusal } from "@/lib/audit/refusal";
import type { AppointmentFilter } from "./schemas";
import { appointmentFacts, visitNotesSelect } from "./selects";

// Every read of appointments, named for the page that shows it. Reads for one person are scoped
// in the query (appointmentScope), so another person's appointment is simply not found.

const live = ["PENDING", "CONFIRMED"] as const;

const doctorFacts = {
  id: true,
  location: true,
  user: { select: { name: true } },
  specialty: { select: { name: true } },
} as const;

/** A patient's own appointments: upcoming live ones soonest first, then recent past ones. */
export async function listPatientAppointments(patientId: string, now: Date) {
  const db = getDb();
  const select = { ...appointmentFacts, doctor: { select: doctorFacts } } as const;
  const [upcoming, past] = await Promise.all([
    db.appointment.findMany({
      where: { patientId, startsAt: { gte: now }, status: { in: [...live] } },
      orderBy: { startsAt: "asc" },
      select,
    }),
    db.appointment.findMany({
      where: { patientId, OR: [{ startsAt: { lt: now } }, { status: { notIn: [...live] } }] },
      orderBy: { startsAt: "desc" },
      take: 20,
      select,
    }),
  ]);
  return { upcoming, past };
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
      doctor: { select: doctorFacts },
    },
  });
}

/** Another person's (or no) appointment asked for by id: audited, then the 404 page. */
async function refuseAppointment(actor: Actor, appointmentId: string): Promise<never> {
  await recordRefusal({
    actorId: actor.id,
    action: "appointment.view_denied",
    entityType: "appointment",
    entityId: appointmentId,
  });
  notFound();
}

/** For patient pages: the appointment in the URL if it is the patient's own, else the 404 page. */
export async function requirePatientAppointment(actor: Actor, appointmentId: string) {
  if (!actor.patientId || !z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getPatientAppointment(appointmentId, actor.patientId);
  if (!appointment) await refuseAppointment(actor, appointmentId);
  return appointment!;
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
    db.appointment.count({
      where: {
        doctorId,
        startsAt: { gte: week.start, lt: week.end },
        status: { in: [...live, "COMPLETED", "NO_SHOW"] },
      },
    }),
    db.appointment.count({ where: { doctorId, status: "PENDING" } }),
  ]);
  return { thisWeek, awaitingConfirmation };
}

/** Requests waiting for this doctor's confirmation that can still be confirmed, soonest first. */
export function listPendingRequests(doctorId: string, now: Date) {
  return getDb().appointment.findMany({
    where: { doctorId, status: "PENDING", startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 20,
    select: {
      id: true,
      startsAt: true,
      reason: true,
      patient: { select: { id: true, user: { select: { name: true } } } },
    },
  });
}

/** One appointment for the doctor's page, only if it is this doctor's own (else null). */
export function getDoctorAppointment(actor: Actor, appointmentId: string) {
  return getDb().appointment.findFirst({
    where: { id: appointmentId, ...appointmentScope(actor) },
    select: {
      ...appointmentFacts,
      sequence: true,
      cancellationReason: true,
      patient: { select: { id: true, user: { select: { name: true } } } },
      notes: visitNotesSelect,
    },
  });
}

/**
 * For doctor pages: the appointment in the URL if it is this doctor's own, else the 404 page.
 * Opening it reads patient data (reason, notes), so the read is audited.
 */
export async function requireDoctorAppointment(actor: Actor, appointmentId: string) {
  if (!actor.doctorId || !z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getDoctorAppointment(actor, appointmentId);
  if (!appointment) return refuseAppointment(actor, appointmentId);
  await recordAudit({
    actorId: actor.id,
    action: "appointment.view",
    entityType: "appointment",
    entityId: appointment.id,
    detail: { patientId: appointment.patient.id },
  });
  return appointment;
}

/** The doctor's appointments around now for their calendar feed; only the patient's name, for initials. */
export function listFeedAppointments(doctorId: string, now: Date) {
  const day = 86_400_000;
  return getDb().appointment.findMany({
    where: { doctorId, startsAt: { gte: new Date(now.getTime() - 60 * day), lt: new Date(now.getTime() + 366 * day) } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      sequence: true,
      patient: { select: { user: { select: { name: true } } } },
    },
  });
}

const newestFirst = [
  { startsAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.AppointmentOrderByWithRelationInput[];

/** A patient's visits with every doctor, newest first (the console's patient page; no notes). */
export function listPatientVisits(patientId: string, take = 100) {
  return getDb().appointment.findMany({
    where: { patientId },
    orderBy: [...newestFirst],
    take,
    select: {
      ...appointmentFacts,
      doctor: { select: { user: { select: { name: true } }, specialty: { select: { name: true } } } },
    },
  });
}

/** A patient's visits with one doctor, newest first, with the notes written on them (the doctor's view). */
export function listVisitsWithDoctor(patientId: string, doctorId: string) {
  return getDb().appointment.findMany({
    where: { patientId, doctorId },
    orderBy: [...newestFirst],
    select: { ...appointmentFacts, notes: visitNotesSelect },
  });
}

/** The clinic-wide list's filters as a query (the table and its CSV export share them). */
export function appointmentWhere(filter: AppointmentFilter, timeZone: string): Prisma.AppointmentWhereInput {
  const range = localDateRange(filter.from, filter.to, timeZone);
  const text = filter.patient ? { contains: filter.patient, mode: "insensitive" as const } : undefined;
  return {
    ...(range.gte || range.lt ? { startsAt: range } : {}),
    ...(filter.doctorId ? { doctorId: filter.doctorId } : {}),
    ...(filter.specialtyId ? { doctor: { specialtyId: filter.specialtyId } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(text ? { patient: { user: { OR: [{ name: text }, { email: text }] } } } : {}),
  };
}

export const appointmentRowSelect = {
  ...appointmentFacts,
  cancellationReason: true,
  feeCents: true,
  doctor: { select: { id: true, user: { select: { name: true } }, specialty: { select: { name: true } } } },
  patient: { select: { id: true, user: { select: { name: true, email: true } } } },
} as const satisfies Prisma.AppointmentSelect;

/** Ordered by (starts_at, id), which the starts_at indexes serve; id breaks ties so pages are stable. */
export const appointmentOrder = (sort: AppointmentFilter["sort"]): Prisma.AppointmentOrderByWithRelationInput[] => {
  const direction = sort === "starts_asc" ? "asc" : "desc";
  return [{ startsAt: direction }, { id: direction }];
};

export async function listAppointmentsForAdmin(filter: AppointmentFilter, timeZone: string) {
  const db = getDb();
  const where = appointmentWhere(filter, timeZone);
  const [rows, total] = await Promise.all([
    db.appointment.findMany({
      where,
      orderBy: appointmentOrder(filter.sort),
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: appointmentRowSelect,
    }),
    db.appointment.count({ where }),
  ]);
  return paged(rows, total, filter.page);
}

/** Doctors (including inactive ones, whose past appointments still count) for the filter list. */
export function listDoctorsForFilter() {
  return getDb().doctorProfile.findMany({
    orderBy: { user: { name: "asc" } },
    select: { id: true, user: { select: { name: true } } },
  });
}

export function getAppointmentForAdmin(appointmentId: string) {
  return getDb().appointment.findUnique({
    where: { id: appointmentId },
    select: {
      ...appointmentRowSelect,
      sequence: true,
      createdAt: true,
      cancelledAt: true,
      doctor: { select: { ...appointmentRowSelect.doctor.select, location: true } },
    },
  });
}
