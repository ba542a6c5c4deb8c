import Link from "next/link";
import { linkProblemMessage, type LinkProblem } from "@/lib/appointments/email-links";

export function LinkProblemNotice({ problem }: { problem: LinkProblem }) {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">This link cannot be used</h1>
      <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950" data-testid="link-problem">
        {linkProblemMessage[problem]}
      </p>
      <p>
        <Link href="/login?callbackUrl=%2Fpatient" className="font-medium text-teal-800 underline">
          Sign in to see your appointments
        </Link>
      </p>
    </div>
  );
}
