import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { isMissingRecord } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { doctorPolicy } from "./policy";
import { isPractising } from "@/lib/availability/rota";

// The private calendar feed's secret. Only its SHA-256 is stored (in calendar_token), so a copy of
// the database does not reveal working feed URLs; regenerating replaces it and revokes the old URL.

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new feed token for the doctor; the raw value is returned once, to be shown to the doctor. */
export async function regenerateCalendarToken(actor: Actor, doctorId: string): Promise<string> {
  doctorPolicy.assertCan(actor, "doctor.manage", { doctorId });
  const token = randomBytes(32).toString("base64url");
  try {
    await getDb().$transaction(async (tx) => {
      await tx.doctorProfile.update({ where: { id: doctorId }, data: { calendarToken: hashOf(token) } });
      await recordAudit(
        { actorId: actor.id, action: "doctor.calendar_feed.regenerate", entityType: "doctor", entityId: doctorId },
        tx,
      );
    });
  } catch (error) {
    if (isMissingRecord(error)) throw new DomainError("errors.doctors.noDoctor"); // an admin's stale or forged id
    throw error;
  }
  return token;
}

/** The active doctor whose current feed token this is, or null. */
export async function findDoctorByFeedToken(token: string) {
  if (!TOKEN.test(token)) return null;
  const doctor = await getDb().doctorProfile.findUnique({
    where: { calendarToken: hashOf(token) },
    select: { id: true, location: true, user: { select: { name: true, active: true, role: true, locale: true } } },
  });
  return doctor && isPractising(doctor.user) ? doctor : null;
}
