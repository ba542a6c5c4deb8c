import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string };

/** Navigation per role; each area adds its pages here as they ship. */
export const navItems: Record<Role, NavItem[]> = {
  PATIENT: [
    { href: "/patient", label: "My appointments" },
    { href: "/patient/doctors", label: "Find a doctor" },
  ],
  DOCTOR: [
    { href: "/doctor", label: "Today" },
    { href: "/doctor/agenda", label: "Agenda" },
    { href: "/doctor/availability", label: "Availability" },
    { href: "/doctor/report", label: "Report" },
    { href: "/doctor/profile", label: "Profile" },
  ],
  ADMIN: [
    { href: "/admin", label: "Dashboard" },
    { href: "/admin/appointments", label: "Appointments" },
    { href: "/admin/users", label: "Users" },
    { href: "/admin/specialties", label: "Specialties" },
    { href: "/admin/reports", label: "Reports" },
    { href: "/admin/settings", label: "Settings" },
    { href: "/admin/audit", label: "Audit" },
    { href: "/admin/outbox", label: "Outbox" },
    { href: "/admin/mailbox", label: "Mailbox" },
  ],
};

export const roleLabel: Record<Role, string> = { PATIENT: "Patient", DOCTOR: "Doctor", ADMIN: "Administrator" };
