import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { listMailbox } from "@/lib/notifications/queries";
import { usingDevelopmentMailbox } from "@/lib/notifications/mailbox-transport";
import { EmptyState } from "@/components/ui/empty-state";
import { TableScroller } from "@/components/ui/table-scroller";
import { Pager } from "@/components/ui/pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.mailbox"))("title") };
}

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireRole("ADMIN");
  const page = Math.max(1, Math.min(10_000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const development = usingDevelopmentMailbox();
  const t = await getTranslations("admin.mailbox");
  if (!development) {
    // Real emails carry personal links; their contents stay with the recipients.
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <EmptyState title={t("resend")}>
          {t.rich("resendHint", {
            outbox: (chunks) => (
              <Link href="/admin/outbox" className="text-teal-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      </div>
    );
  }
  const [list, format] = await Promise.all([listMailbox(page), getFormat()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </div>
      {list.rows.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <TableScroller label={t("delivered")}>
          <table className="min-w-full text-start text-sm" data-testid="mailbox-table">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("deliveredAt")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("to")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("subject")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.rows.map((m) => (
                <tr key={m.id} data-testid="mailbox-row">
                  <td className="whitespace-nowrap px-3 py-2">{m.sentAt ? format.dateTime(m.sentAt) : "—"}</td>
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
