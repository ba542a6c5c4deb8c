import { getTranslations } from "next-intl/server";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

const styles: Record<OutboxStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-emerald-100 text-emerald-900",
  FAILED: "bg-rose-100 text-rose-900",
  DROPPED: "bg-slate-200 text-slate-800",
};

export async function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const t = await getTranslations("admin.outbox.status");
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[status]}`}>
      {t(status)}
    </span>
  );
}
