import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Bookings and schedule changes of one doctor meet on the doctor's row. A change of hours or leave
// takes it FOR UPDATE before listing the appointments it would strand; a booking or move takes it
// FOR KEY SHARE, then checks its time against the schedule again. Either the change waits for the
// booking to commit and then lists it as stranded, or the booking waits for the change and then
// sees the new hours. Bookings of one doctor share the lock, so they do not wait for each other.

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

/** For a schedule change: false when there is no such doctor. */
export async function lockDoctorSchedule(tx: Tx, doctorId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM doctor_profiles WHERE id = ${doctorId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

/** For a booking or move: the doctor's current fee, or null when there is no such doctor. */
export async function holdDoctorSchedule(tx: Tx, doctorId: string): Promise<{ feeCents: number } | null> {
  const rows = await tx.$queryRaw<
    { fee_cents: number }[]
  >`SELECT fee_cents FROM doctor_profiles WHERE id = ${doctorId}::uuid FOR KEY SHARE`;
  return rows[0] ? { feeCents: rows[0].fee_cents } : null;
}
