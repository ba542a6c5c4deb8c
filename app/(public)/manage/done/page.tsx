import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Done" };

const results: Record<string, string> = {
  cancelled: "Your appointment has been cancelled.",
  moved: "Your appointment has been moved.",
};

export default async function LinkDonePage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const { result } = await searchParams;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">Thank you</h1>
      <p
        role="status"
        className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
        data-testid="link-done"
      >
        {results[result ?? ""] ?? "Your change has been saved."} We have emailed you the details.
      </p>
      <p>
        <Link href="/login?callbackUrl=%2Fpatient" className="font-medium text-teal-800 underline">
          Sign in to see your appointments
        </Link>
      </p>
    </div>
  );
}
