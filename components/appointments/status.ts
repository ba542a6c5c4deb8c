// How each appointment status is coloured, everywhere it shows: badges, the agenda's left borders,
// filter lists and charts. Its name comes from the `status` catalogue, so a status never reads two ways.
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

type StatusLook = { badge: string; accent: string; chart: string };

export const STATUS: Record<AppointmentStatus, StatusLook> = {
  PENDING: {
    badge: "bg-amber-100 text-amber-900",
    accent: "border-s-amber-500",
    chart: "#b45309",
  },
  CONFIRMED: {
    badge: "bg-emerald-100 text-emerald-900",
    accent: "border-s-emerald-600",
    chart: "#047857",
  },
  REJECTED: { badge: "bg-rose-100 text-rose-900", accent: "border-s-rose-500", chart: "#be123c" },
  CANCELLED: {
    badge: "bg-slate-200 text-slate-800",
    accent: "border-s-slate-400",
    chart: "#64748b",
  },
  COMPLETED: { badge: "bg-sky-100 text-sky-900", accent: "border-s-sky-600", chart: "#0369a1" },
  NO_SHOW: {
    badge: "bg-orange-100 text-orange-900",
    accent: "border-s-orange-500",
    chart: "#c2410c",
  },
};

/** Every status in the order people think of them, for filter lists. */
export const STATUS_ORDER: AppointmentStatus[] = [
  "PENDING",
  "CONFIRMED",
  "COMPLETED",
  "NO_SHOW",
  "CANCELLED",
  "REJECTED",
];
