import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordRefusal } from "@/lib/audit/refusal";
import { ENROLMENT_PATH, secondFactorRequired } from "@/lib/mfa/rules";
import { resolveSession } from "@/lib/sessions/service";
import { auth } from "./auth";

export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  patientId: string | null;
  doctorId: string | null;
  /** The language the user chose, when they chose one (see lib/i18n). */
  locale?: string | null;
  /** The session this request came with (lib/sessions), when it came with one. */
  sessionId?: string | null;
  /** Must set up a second sign-in factor before anything else (lib/mfa/rules.ts). */
  mustEnrolSecondFactor?: boolean;
};

/** Whether someone without a second factor must enrol: staff always, patients if the clinic says so. */
async function mustEnrol(role: Role, enrolled: boolean): Promise<boolean> {
  if (enrolled) return false;
  if (role !== "PATIENT") return secondFactorRequired(role, false);
  const settings = await getDb().clinicSettings.findUnique({ where: { id: 1 }, select: { requirePatientMfa: true } });
  return secondFactorRequired(role, settings?.requirePatientMfa ?? false);
}

/**
 * The signed-in user as the database knows them now, once per request. The JWT only names the
 * session and the user: a session signed out, ended everywhere, past its lifetime or idle too long
 * opens nothing, and a user deactivated (or whose role changed) after signing in is judged by this row.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sessionId = session?.user?.sessionId;
  if (!id || !sessionId) return null;
  if ((await resolveSession(sessionId))?.userId !== id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      locale: true,
      mfaEnabledAt: true,
      patient: { select: { id: true } },
      doctor: { select: { id: true } },
    },
  });
  if (!user?.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    patientId: user.patient?.id ?? null,
    doctorId: user.doctor?.id ?? null,
    locale: user.locale,
    sessionId,
    mustEnrolSecondFactor: await mustEnrol(user.role, user.mfaEnabledAt !== null),
  };
});

/** For pages of every role (their own account): a signed-out visitor goes to sign-in and comes back. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const path = (await headers()).get("x-pathname") ?? "/";
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}

/** For pages and layouts: a signed-out visitor goes to sign-in (and comes back); another role gets 403. */
export async function requireRole(role: Role): Promise<Actor> {
  const actor = await requireSignedIn();
  if (actor.role !== role) {
    const path = (await headers()).get("x-pathname") ?? "";
    await recordRefusal({ actorId: actor.id, action: "access.denied", detail: { area: role, path } });
    forbidden();
  }
  if (actor.mustEnrolSecondFactor) redirect(ENROLMENT_PATH);
  return actor;
}
