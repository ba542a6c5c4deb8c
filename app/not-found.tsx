import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center" data-testid="not-found-page">
      <p className="text-sm font-semibold text-teal-800">404</p>
      <h1 className="mt-2 text-2xl font-semibold">We couldn&apos;t find that page</h1>
      <p className="mt-2 text-slate-600">The link may be old, or the record may belong to someone else.</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
      >
        Back to the start
      </Link>
    </main>
  );
}
