/**
 * A chart with its text alternative: the drawing is hidden from assistive technology and the same
 * numbers are given as a table (open on demand) plus a one-line summary.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  table,
  testId,
}: {
  title: string;
  summary: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  testId?: string;
}) {
  return (
    <figure className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <figcaption>
        <span className="block font-semibold">{title}</span>
        <span className="block text-sm text-slate-600">{summary}</span>
      </figcaption>
      <div aria-hidden="true" className="h-64 w-full">
        {chart}
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-teal-800">Show the numbers as a table</summary>
        <div className="mt-2 max-h-72 overflow-auto" tabIndex={0} role="region" aria-label={`${title}: table`}>
          {table}
        </div>
      </details>
    </figure>
  );
}

export function SimpleTable({ columns, rows }: { columns: string[]; rows: (string | number)[][] }) {
  return (
    <table className="min-w-full text-start text-sm">
      <thead className="bg-slate-50">
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col" className="px-3 py-1.5 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="px-3 py-1.5 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={j} className="px-3 py-1.5">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
