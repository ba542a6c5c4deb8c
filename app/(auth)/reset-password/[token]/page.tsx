import type { Metadata } from "next";
import Link from "next/link";
import { isUsablePasswordToken, unusableLinkMessage } from "@/lib/users/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

// The token is a credential: keep it out of search engines and other sites' Referer logs.
export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isUsablePasswordToken(token);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <p
            className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
            data-testid="reset-link-unusable"
          >
            {unusableLinkMessage}
          </p>
          <Link href="/forgot-password" className="font-medium text-teal-800 underline">
            Ask for a new link
          </Link>
        </>
      )}
    </div>
  );
}
