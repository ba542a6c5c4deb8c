import { TableScroller } from "@/components/ui/table-scroller";

/** The admin tables' frame: a labelled, keyboard-scrollable region with a header row. */
export function DataTable({
  label,
  columns,
  children,
  testId,
}: {
  label: string;
  columns: string[];
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <TableScroller label={label}>
      <table className="min-w-full text-start text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="whitespace-nowrap px-4 py-2 font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </TableScroller>
  );
}

export const cellClass = "px-4 py-2 align-top";
