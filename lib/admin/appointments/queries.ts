import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localDateRange } from "../date-range";
import { PAGE_SIZE, paged } from "../search-params";
import type { AppointmentFilter } from "./filters";

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
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  reason: true,
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
    db.appointment.findMany({ where, orderBy: appointmentOrder(filter.sort), skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: appointmentRowSelect }),
    db.appointment.count({ where }),
  ]);
  return paged(rows, total, filter.page);
}

/** Doctors (including inactive ones, whose past appointments still count) for the filter list. */
export function listDoctorsForFilter() {
  return getDb().doctorProfile.findMany({ orderBy: { user: { name: "asc" } }, select: { id: true, user: { select: { name: true } } } });
}

export function getAppointmentForAdmin(appointmentId: string) {
  return getDb().appointment.findUnique({
    where: { id: appointmentId },
    select: { ...appointmentRowSelect, sequence: true, createdAt: true, cancelledAt: true, doctor: { select: { ...appointmentRowSelect.doctor.select, location: true } } },
  });
}
