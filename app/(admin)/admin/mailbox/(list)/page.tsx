import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listMailbox } from "@/lib/notifications/queries";
import { usingDevelopmentMailbox } from "@/lib/notifications/mailbox-transport";
import { getClinicSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { EmptyState } from "@/components/ui/empty-state";
import { TableScroller } from "@/components/ui/table-scroller";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Mailbox" };

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireRole("ADMIN");
  const page = Math.max(1, Math.min(10_000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const development = usingDevelopmentMailbox();
  if (!development) {
    // Real emails carry personal links; their contents stay with the recipients.
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Mailbox</h1>
        <EmptyState title="Emails go out through Resend">
          The mailbox is the inbox used while no RESEND_API_KEY is set. Sent emails carry personal links, so their
          contents are not shown here; the{" "}
          <Link href="/admin/outbox" className="text-teal-800 underline">
            Outbox
          </Link>{" "}
          lists every email and whether it was delivered.
        </EmptyState>
      </div>
    );
  }
  const [list, clinic] = await Promise.all([listMailbox(page), getClinicSettings()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Mailbox</h1>
        <p className="text-slate-600">
          No RESEND_API_KEY is set, so emails are not sent out: they arrive here instead, exactly as patients and
          doctors would receive them.
        </p>
      </div>
      {list.rows.length === 0 ? (
        <EmptyState title="No emails delivered yet">Emails arrive within a minute of a booking or change.</EmptyState>
      ) : (
        <TableScroller label="Delivered emails">
          <table className="min-w-full text-start text-sm" data-testid="mailbox-table">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Delivered
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  To
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Subject
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.rows.map((m) => (
                <tr key={m.id} data-testid="mailbox-row">
                  <td className="whitespace-nowrap px-3 py-2">
                    {m.sentAt ? formatDateTime(m.sentAt, clinic.timeZone) : "—"}
                  </td>
                  <td className="px-3 py-2">{m.toEmail}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/mailbox/${m.id}`} className="font-medium text-teal-800 underline">
                      {m.subject}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <Pager page={page} pageCount={list.pages} hrefFor={(p) => `/admin/mailbox?page=${p}`} />
    </div>
  );
}
