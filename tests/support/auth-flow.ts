// The real Auth.js sign-in and sign-out, driven through the app's /api/auth route handlers, with the
// cookies a browser would keep. Test files that use it mock next/headers with `requestHeaders`, so
// getActor() (which calls auth()) reads the same cookie as a page or action of that browser would.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import type { Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/users/password";

const ORIGIN = "http://localhost:3000";

/** What next/headers' headers() answers in the test file (set by `asBrowser`). */
export const requestHeaders = { current: new Headers() };

type Handlers = { GET: (r: NextRequest) => Promise<Response>; POST: (r: NextRequest) => Promise<Response> };

/** Cookie pairs ("name=value") set by a response, for the next request's Cookie header. */
function cookiesFrom(response: Response, jar: Map<string, string>): Map<string, string> {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    const name = pair!.slice(0, at);
    const value = pair!.slice(at + 1);
    if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function makeUserWithPassword(db: Db, role: Role, password: string) {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const user = await db.user.create({
    data: { email, name: `Test ${role}`, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true },
  });
  return user;
}

/** One browser: its cookie jar, signing in and out through the route handlers. */
export function browser(handlers: Handlers, ip = "203.0.113.10") {
  const jar = new Map<string, string>();
  const request = (path: string, init: { method?: string; body?: URLSearchParams } = {}) =>
    new NextRequest(`${ORIGIN}${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: {
        cookie: cookieHeader(jar),
        "x-clinic-peer-address": ip,
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36",
        ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
  const csrf = async () => {
    const response = await handlers.GET(request("/api/auth/csrf"));
    cookiesFrom(response, jar);
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  };
  return {
    jar,
    /** Posts the sign-in form; true when Auth.js set a session cookie. */
    async signIn(email: string, password: string): Promise<boolean> {
      const body = new URLSearchParams({ csrfToken: await csrf(), email, password, callbackUrl: "/" });
      cookiesFrom(await handlers.POST(request("/api/auth/callback/credentials", { method: "POST", body })), jar);
      return [...jar.keys()].some((name) => name.includes("session-token"));
    },
    async signOut(): Promise<void> {
      const body = new URLSearchParams({ csrfToken: await csrf(), callbackUrl: "/" });
      cookiesFrom(await handlers.POST(request("/api/auth/signout", { method: "POST", body })), jar);
    },
    /** What /api/auth/session answers this browser (null when signed out). */
    async session(): Promise<{ user?: { id: string } } | null> {
      return (await (await handlers.GET(request("/api/auth/session"))).json()) as { user?: { id: string } } | null;
    },
    /** Makes getActor() (via next/headers) see this browser's cookies. */
    use(): void {
      requestHeaders.current = new Headers({
        host: "localhost:3000",
        "x-forwarded-proto": "http", // Auth.js names its cookies by the protocol
        cookie: cookieHeader(jar),
        "x-clinic-peer-address": ip,
      });
    },
    /** A copy of the cookies as they are now, to replay after signing out. */
    snapshot(): Map<string, string> {
      return new Map(jar);
    },
    restore(saved: Map<string, string>): void {
      jar.clear();
      for (const [k, v] of saved) jar.set(k, v);
    },
  };
}
