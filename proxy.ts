// The cheap first check: a signed-out visitor of a role area is sent to sign-in and brought back
// afterwards. Roles are not judged here: layouts (requireRole), queries and actions check the
// role against the database, so a stale token cannot open anything.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { roleForPath } from "@/lib/auth/roles";

const { auth } = NextAuth(authConfig);

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (roleForPath(pathname) && !request.auth?.user) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  // Layouts read the path to send a visitor whose session ended back to the same page.
  const forwarded = new Headers(request.headers);
  forwarded.set("x-pathname", pathname + search);
  return NextResponse.next({ request: { headers: forwarded } });
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|manifest.webmanifest|.*\\.(?:svg|png|jpg|ico|woff2)$).*)"],
};
