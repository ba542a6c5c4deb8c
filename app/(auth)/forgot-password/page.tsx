import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      <p className="text-sm text-slate-700">
        Enter the email address of your account and we will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      <p className="text-sm text-slate-600">
        <Link href="/login" className="font-medium text-teal-800 underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
