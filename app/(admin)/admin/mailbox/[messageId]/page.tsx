import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { getMailboxEmail } from "@/lib/notifications/queries";
import { getClinicSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";

export const metadata: Metadata = { title: "Email" };

export default async function MailboxEmailPage({ params }: { params: Promise<{ messageId: string }> }) {
  await requireRole("ADMIN");
  const { messageId } = await params;
  if (!z.uuid().safeParse(messageId).success) notFound();
  const [message, clinic] = await Promise.all([getMailboxEmail(messageId), getClinicSettings()]);
  if (!message) notFound();
  const { email } = message;
  return (
    <div className="space-y-6">
      <Link href="/admin/mailbox" className="text-sm text-teal-800 underline">
        ← Mailbox
      </Link>
      <div>
        <h1 className="text-2xl font-semibold" data-testid="email-subject">
          {email.subject}
        </h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold text-slate-700">To</dt>
          <dd data-testid="email-to">{email.to}</dd>
          <dt className="font-semibold text-slate-700">Delivered</dt>
          <dd>{message.sentAt ? formatDateTime(message.sentAt, clinic.timeZone) : "—"}</dd>
          <dt className="font-semibold text-slate-700">Attachments</dt>
          <dd>
            {email.attachments.length
              ? email.attachments.map((a, i) => (
                  <a
                    key={a.filename}
                    href={`/admin/mailbox/${message.id}/attachments/${i}`}
                    className="me-3 text-teal-800 underline"
                    download={a.filename}
                  >
                    {a.filename}
                  </a>
                ))
              : "None"}
          </dd>
        </dl>
      </div>
      <section aria-labelledby="html-heading" className="space-y-2">
        <h2 id="html-heading" className="text-lg font-semibold">
          As the recipient sees it
        </h2>
        {/* Sandboxed: the email's HTML runs no script and cannot touch this page; its links open in a new tab. */}
        <iframe
          title={`Email: ${email.subject}`}
          srcDoc={email.html.replace("<head>", '<head><base target="_blank">')}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          className="h-[640px] w-full rounded-lg border border-slate-200 bg-white"
          data-testid="email-html"
        />
      </section>
      <section aria-labelledby="text-heading" className="space-y-2">
        <h2 id="text-heading" className="text-lg font-semibold">
          Plain-text version
        </h2>
        <pre
          tabIndex={0}
          className="overflow-x-auto whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-sm"
          data-testid="email-text"
        >
          {email.text}
        </pre>
      </section>
    </div>
  );
}
