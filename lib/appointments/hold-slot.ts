import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findOfferedSlot, type SlotQuery } from "@/lib/availability/service";
import { holdDoctorSchedule } from "@/lib/availability/schedule-lock";
import type { TimeRange } from "@/lib/scheduling/availability";
import type { SchedulingSettings } from "@/lib/settings/queries";

/** The doctor's hours or leave changed after the slot was checked, and it is no longer offered. */
export class SlotWithdrawn extends Error {}

/**
 * Inside the transaction that writes the appointment: holds the doctor's schedule still until commit
 * (lib/availability/schedule-lock.ts) and asks the engine, so a change of hours or leave committed a moment
 * ago is seen. Returns the slot and the fee to store with it.
 */
export async function holdOfferedSlot(
  tx: Prisma.TransactionClient,
  doctorId: string,
  settings: SchedulingSettings,
  now: Date,
  wanted: Date,
  query: SlotQuery,
): Promise<{ slot: TimeRange; feeCents: number }> {
  const doctor = await holdDoctorSchedule(tx, doctorId);
  const slot = doctor ? await findOfferedSlot(doctorId, settings, now, wanted, query, tx) : null;
  if (!doctor || !slot) throw new SlotWithdrawn();
  return { slot, feeCents: doctor.feeCents };
}
