import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

const styles: Record<AppointmentStatus, [label: string, className: string]> = {
  PENDING: ["Awaiting confirmation", "bg-amber-100 text-amber-900"],
  CONFIRMED: ["Confirmed", "bg-emerald-100 text-emerald-900"],
  REJECTED: ["Declined", "bg-rose-100 text-rose-900"],
  CANCELLED: ["Cancelled", "bg-slate-200 text-slate-800"],
  COMPLETED: ["Completed", "bg-sky-100 text-sky-900"],
  NO_SHOW: ["No-show", "bg-orange-100 text-orange-900"],
};

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  const [label, className] = styles[status];
  return <span className={`inline-block w-fit self-start rounded-full px-2.5 sm:self-center py-0.5 text-xs font-semibold ${className}`}>{label}</span>;
}
