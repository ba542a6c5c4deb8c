import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

/** A left-border colour per status, matching StatusBadge's hues, so a column reads at a glance. */
export const statusAccent: Record<AppointmentStatus, string> = {
  PENDING: "border-l-amber-500",
  CONFIRMED: "border-l-emerald-600",
  REJECTED: "border-l-rose-500",
  CANCELLED: "border-l-slate-400",
  COMPLETED: "border-l-sky-600",
  NO_SHOW: "border-l-orange-500",
};
