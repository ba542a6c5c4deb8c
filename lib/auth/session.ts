import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordRefusal } from "@/lib/audit/refusal";
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
};

/**
 * The signed-in user as the database knows them now, once per request. The JWT only names the
 * user: a user deactivated (or whose role changed) after signing in is judged by this row, and a
 * session from before a password reset has ended.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      sessionsValidFrom: true,
      locale: true,
      patient: { select: { id: true } },
      doctor: { select: { id: true } },
    },
  });
  if (!user?.active) return null;
  if (user.sessionsValidFrom && (session.user.signedInAt ?? 0) < user.sessionsValidFrom.getTime()) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    patientId: user.patient?.id ?? null,
    doctorId: user.doctor?.id ?? null,
    locale: user.locale,
  };
});

/** For pages and layouts: a signed-out visitor goes to sign-in (and comes back); another role gets 403. */
export async function requireRole(role: Role): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get("x-pathname") ?? "/";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (actor.role !== role) {
    const path = (await headers()).get("x-pathname") ?? "";
    await recordRefusal({ actorId: actor.id, action: "access.denied", detail: { area: role, path } });
    forbidden();
  }
  return actor;
}
