/** A horizontally scrollable table container that keyboard users can focus and scroll. */
export function TableScroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-teal-700"
    >
      {children}
    </div>
  );
}
