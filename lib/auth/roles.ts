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

// Any origin works as the base: only whether the parsed URL stays on it matters.
const SELF = "http://clinic.invalid";

/**
 * Where to send someone after sign-in (or a language switch) when the target comes from input.
 * The candidate is parsed the way a browser would (tabs and line breaks dropped, `\` read as `/`),
 * so `/\t/evil.test`, `//evil`, `/\evil` and absolute URLs all resolve off-site and fall back. What is
 * returned is the parser's own serialisation (never starting with `//`), so no raw control character reaches a Location header.
 * A repeated query parameter arrives as an array and falls back too.
 */
export function safeCallbackPath(candidate: unknown, fallback = "/"): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, SELF);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.test" stays on this origin but serialises to "//evil.test", which would leave it.
  if (url.origin !== SELF || path.startsWith("//")) return fallback;
  return path;
}
