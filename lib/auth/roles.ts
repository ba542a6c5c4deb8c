// Which part of the app belongs to which role. Pure: used by proxy.ts, layouts and the UI.
import type { Role } from "@/lib/generated/prisma/enums";

export const roleHome: Record<Role, string> = {
  PATIENT: "/patient",
  DOCTOR: "/doctor",
  ADMIN: "/admin",
};

const areas: [prefix: string, role: Role][] = [
  ["/patient", "PATIENT"],
  ["/doctor", "DOCTOR"],
  ["/admin", "ADMIN"],
];

/** The role a path is reserved for, or null for public pages. */
export function roleForPath(pathname: string): Role | null {
  const match = areas.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return match ? match[1] : null;
}

/** A same-site path to return to after sign-in; anything else (other hosts, `//x`) falls back to "/". */
export function safeCallbackPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  return candidate;
}
