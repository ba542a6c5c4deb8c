import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { DomainError, isMissingRecord } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { canManageDoctor, isPractising } from "./policy";

// The private calendar feed's secret. Only its SHA-256 is stored (in calendar_token), so a copy of
// the database does not reveal working feed URLs; regenerating replaces it and revokes the old URL.

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new feed token for the doctor; the raw value is returned once, to be shown to the doctor. */
export async function regenerateCalendarToken(actor: Actor, doctorId: string): Promise<string> {
  if (!canManageDoctor(actor, doctorId)) throw new DomainError("We could not find that doctor.");
  const token = randomBytes(32).toString("base64url");
  try {
    await getDb().$transaction(async (tx) => {
      await tx.doctorProfile.update({ where: { id: doctorId }, data: { calendarToken: hashOf(token) } });
      await recordAudit({ actorId: actor.id, action: "doctor.calendar_feed.regenerate", entityType: "doctor", entityId: doctorId }, tx);
    });
  } catch (error) {
    if (isMissingRecord(error)) throw new DomainError("We could not find that doctor."); // an admin's stale or forged id
    throw error;
  }
  return token;
}

/** The active doctor whose current feed token this is, or null. */
export async function findDoctorByFeedToken(token: string) {
  if (!TOKEN.test(token)) return null;
  const doctor = await getDb().doctorProfile.findUnique({
    where: { calendarToken: hashOf(token) },
    select: { id: true, location: true, user: { select: { name: true, active: true, role: true } } },
  });
  return doctor && isPractising(doctor.user) ? doctor : null;
}

/** The doctor's appointments around now, with no more patient detail than initials. */
export function listFeedAppointments(doctorId: string, now: Date) {
  const day = 86_400_000;
  return getDb().appointment.findMany({
    where: { doctorId, startsAt: { gte: new Date(now.getTime() - 60 * day), lt: new Date(now.getTime() + 366 * day) } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, status: true, sequence: true, patient: { select: { user: { select: { name: true } } } } },
  });
}
