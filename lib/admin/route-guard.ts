import "server-only";
import { getActor, type Actor } from "@/lib/auth/session";

/** For admin route handlers: the admin actor, or the 401/403 response to send instead. */
export async function authenticateAdmin(): Promise<{ actor: Actor } | { response: Response }> {
  const actor = await getActor();
  if (!actor) return { response: new Response("Sign in to download this file.", { status: 401 }) };
  if (actor.role !== "ADMIN") return { response: new Response("Only administrators can download this file.", { status: 403 }) };
  return { actor };
}
