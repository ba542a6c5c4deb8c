// The cheap first check: a signed-out visitor of a role area is sent to sign-in and brought back
// afterwards. Roles are not judged here: layouts (requireRole), queries and actions check the
// role against the database, so a stale token cannot open anything.
// It also gives every page its Content-Security-Policy with a fresh nonce, and refuses malformed
// server-action calls (lib/http/request-check.ts) before Next.js tries to decode them.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { roleForPath } from "@/lib/auth/roles";
import { newNonce, pagePolicy, resourcePolicy } from "@/lib/http/security-headers";
import { malformedRequest } from "@/lib/http/request-check";

const { auth } = NextAuth(authConfig);
const development = process.env.NODE_ENV !== "production";

/** Paths that look like files (calendar.ics): next.config.ts gives them the resource policy. */
const looksLikeFile = (pathname: string) => /\.[a-z0-9]+$/i.test(pathname);

export const proxy = auth(async (request) => {
  const refusal = await malformedRequest(request);
  if (refusal) {
    refusal.headers.set("Content-Security-Policy", resourcePolicy);
    return refusal;
  }
  const { pathname, search } = request.nextUrl;
  if (roleForPath(pathname) && !request.auth?.user) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    const redirect = NextResponse.redirect(login);
    redirect.headers.set("Content-Security-Policy", resourcePolicy);
    return redirect;
  }
  // Layouts read the path to send a visitor whose session ended back to the same page.
  const forwarded = new Headers(request.headers);
  forwarded.set("x-pathname", pathname + search);
  if (looksLikeFile(pathname)) return NextResponse.next({ request: { headers: forwarded } });
  const policy = pagePolicy(newNonce(), development);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  forwarded.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|manifest.webmanifest|.*\\.(?:svg|png|jpg|ico|woff2)$).*)"],
};
