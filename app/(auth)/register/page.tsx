import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { roleHome } from "@/lib/auth/roles";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage() {
  const actor = await getActor();
  if (actor) redirect(roleHome[actor.role]);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold">Create a patient account</h1>
        <p className="text-sm text-slate-600">Book and manage your visits online. Fields marked * are required.</p>
      </div>
      <RegisterForm />
      <p className="text-sm text-slate-600">
        Already registered?{" "}
        <Link href="/login" className="font-medium text-teal-800 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
