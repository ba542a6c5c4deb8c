import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { countOutboxByStatus, listOutbox, OUTBOX_STATUSES } from "@/lib/notifications/queries";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { getClinicSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { EmptyState } from "@/components/ui/empty-state";
import { TableScroller } from "@/components/ui/table-scroller";
import { Pager } from "@/components/ui/pager";
import { OutboxStatusBadge, outboxStatusLabel } from "./outbox-status-badge";
import { RetryForm } from "./retry-form";

export const metadata: Metadata = { title: "Outbox" };

const pageNumber = (raw: string | undefined) => Math.max(1, Math.min(10_000, Number.parseInt(raw ?? "1", 10) || 1));

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string; retried?: string }>;
}) {
  await requireRole("ADMIN");
  const query = await searchParams;
  const status = OUTBOX_STATUSES.find((s) => s === query.status);
  const page = pageNumber(query.page);
  const [counts, list, clinic] = await Promise.all([
    countOutboxByStatus(),
    listOutbox(status, page),
    getClinicSettings(),
  ]);
  const hrefFor = (s: OutboxStatus | undefined, p = 1) =>
    `/admin/outbox?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const filters: [OutboxStatus | undefined, string, number][] = [
    [undefined, "All", Object.values(counts).reduce((a, b) => a + b, 0)],
    ...OUTBOX_STATUSES.map((s): [OutboxStatus, string, number] => [s, outboxStatusLabel(s), counts[s]]),
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p className="text-slate-600">
          Every email the clinic writes, and what became of it. Failed messages can be sent again.
        </p>
      </div>
      {query.retried ? (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
          data-testid="outbox-notice"
        >
          The message is queued again and goes out with the next dispatch, within a minute.
        </p>
      ) : null}
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        {filters.map(([s, label, n]) => (
          <Link
            key={label}
            href={hrefFor(s)}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${s === status ? "border-teal-700 bg-teal-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
            data-testid={`outbox-filter-${label.toLowerCase()}`}
          >
            {label} ({n})
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState title={status ? `No ${outboxStatusLabel(status).toLowerCase()} messages` : "No emails yet"}>
          Emails appear here as appointments are booked and changed.
        </EmptyState>
      ) : (
        <TableScroller label="Outbox messages">
          <table className="min-w-full text-start text-sm" data-testid="outbox-table">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Written
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  To
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Subject
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Attempts
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Sent / next try
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Last error
                </th>
                {/* relative: keeps the hidden label inside the scrolling table instead of widening the page */}
                <th scope="col" className="relative px-3 py-2 font-semibold">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.rows.map((m) => (
                <tr key={m.id} data-testid="outbox-row">
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(m.createdAt, clinic.timeZone)}</td>
                  <td className="px-3 py-2">{m.toEmail}</td>
                  <td className="px-3 py-2">{m.subject}</td>
                  <td className="px-3 py-2">
                    <OutboxStatusBadge status={m.status} />
                  </td>
                  <td className="px-3 py-2">{m.attempts}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    {m.sentAt
                      ? formatDateTime(m.sentAt, clinic.timeZone)
                      : m.status === "PENDING"
                        ? formatDateTime(m.availableAt, clinic.timeZone)
                        : "—"}
                  </td>
                  <td className="max-w-xs px-3 py-2 text-slate-700">{m.lastError ?? "—"}</td>
                  <td className="px-3 py-2">
                    {m.status === "FAILED" ? <RetryForm messageId={m.id} subject={m.subject} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <Pager page={page} pageCount={list.pages} hrefFor={(p) => hrefFor(status, p)} />
    </div>
  );
}
