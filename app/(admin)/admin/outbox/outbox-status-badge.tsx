import type { OutboxStatus } from "@/lib/generated/prisma/enums";

const styles: Record<OutboxStatus, [label: string, className: string]> = {
  PENDING: ["Pending", "bg-amber-100 text-amber-900"],
  SENT: ["Sent", "bg-emerald-100 text-emerald-900"],
  FAILED: ["Failed", "bg-rose-100 text-rose-900"],
  DROPPED: ["Dropped", "bg-slate-200 text-slate-800"],
};

export const outboxStatusLabel = (status: OutboxStatus) => styles[status][0];

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const [label, className] = styles[status];
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${className}`}>{label}</span>;
}
