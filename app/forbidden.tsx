import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center" data-testid="forbidden-page">
      <p className="text-sm font-semibold text-teal-800">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-slate-600">
        This part of the clinic is for another kind of account. Your own pages are a click away.
      </p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
      >
        Go to my pages
      </Link>
    </main>
  );
}
