import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { roleHome, safeCallbackPath } from "@/lib/auth/roles";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string; passwordSet?: string }>;
}) {
  const { callbackUrl, signedOut, passwordSet } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(callbackUrl ? safeCallbackPath(callbackUrl) : roleHome[actor.role]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {signedOut ? (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          You have signed out.
        </p>
      ) : null}
      {passwordSet ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="password-set"
        >
          Your password has been set. Sign in with it now.
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl ? safeCallbackPath(callbackUrl) : undefined} />
      <p className="text-sm">
        <Link href="/forgot-password" className="font-medium text-teal-800 underline">
          Forgot your password?
        </Link>
      </p>
      <p className="text-sm text-slate-600">
        New patient?{" "}
        <Link href="/register" className="font-medium text-teal-800 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
