/** The confirmation shown after a redirect (e.g. "?created=1"), announced politely. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
      data-testid="notice"
    >
      {children}
    </p>
  );
}
