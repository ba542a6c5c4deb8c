import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { getDb } from "@/lib/db/client";

/** The clinic's settings row, once per request. A database without a clinic yet gets neutral defaults. */
export const getClinicSettings = cache(async () => {
  await connection(); // live data: never prerendered at build time, when there may be no database
  const row = await getDb().clinicSettings.findUnique({
    where: { id: 1 },
    select: {
      name: true,
      address: true,
      phone: true,
      email: true,
      timeZone: true,
      cancellationCutoffHours: true,
      defaultLocale: true,
      currency: true,
    },
  });
  return (
    row ?? {
      name: "Clinic",
      address: null,
      phone: null,
      email: null,
      timeZone: "UTC",
      cancellationCutoffHours: 24,
      defaultLocale: "en",
      currency: "GBP",
    }
  );
});

export type SchedulingSettings = {
  timeZone: string;
  minNoticeMinutes: number;
  bookingWindowDays: number;
  cancellationCutoffHours: number;
  requireDoctorConfirmation: boolean;
};

/** The settings the slot engine and the booking rules use; read fresh so a change applies at once. */
export async function getSchedulingSettings(): Promise<SchedulingSettings> {
  const row = await getDb().clinicSettings.findUnique({
    where: { id: 1 },
    select: {
      timeZone: true,
      minNoticeMinutes: true,
      bookingWindowDays: true,
      cancellationCutoffHours: true,
      requireDoctorConfirmation: true,
    },
  });
  return (
    row ?? {
      timeZone: "UTC",
      minNoticeMinutes: 120,
      bookingWindowDays: 60,
      cancellationCutoffHours: 24,
      requireDoctorConfirmation: false,
    }
  );
}

/** The settings an administrator edits (the settings page's form). */
export const editableSettings = {
  name: true,
  address: true,
  phone: true,
  email: true,
  timeZone: true,
  cancellationCutoffHours: true,
  minNoticeMinutes: true,
  bookingWindowDays: true,
  requireDoctorConfirmation: true,
  requirePatientMfa: true,
  reminderLeadMinutes: true,
  staffIdleMinutes: true,
} as const;

export function getEditableSettings() {
  return getDb().clinicSettings.findUnique({ where: { id: 1 }, select: editableSettings });
}

export function listHolidays() {
  return getDb().holiday.findMany({ orderBy: { date: "asc" }, select: { id: true, date: true, name: true } });
}
