import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TimeRange } from "@/lib/scheduling/availability";

export const ownClashMessage = "errors.appointments.ownClash";

/** The patient's own live appointment overlapping `slot`, other than `exceptId`. */
export function findOwnClash(
  patientId: string,
  slot: TimeRange,
  exceptId?: string,
  db: Pick<Prisma.TransactionClient, "appointment"> = getDb(),
) {
  return db.appointment.findFirst({
    where: {
      patientId,
      status: { in: ["PENDING", "CONFIRMED"] },
      startsAt: { lt: slot.end },
      endsAt: { gt: slot.start },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
}

/** Whether the doctor has a live appointment covering `instant`. */
export async function isDoctorBusyAt(doctorId: string, instant: Date): Promise<boolean> {
  const found = await getDb().appointment.findFirst({
    where: { doctorId, status: { in: ["PENDING", "CONFIRMED"] }, startsAt: { lte: instant }, endsAt: { gt: instant } },
    select: { id: true },
  });
  return found !== null;
}
