import type { Role } from "@/lib/generated/prisma/enums";
import type english from "@/messages/en.json";

/** A navigation link; `label` is a key of the "common.nav" catalogue. */
export type NavItem = { href: string; label: keyof (typeof english)["common"]["nav"] };

/** Navigation per role; each area adds its pages here as they ship. */
export const navItems: Record<Role, NavItem[]> = {
  PATIENT: [
    { href: "/patient", label: "patientHome" },
    { href: "/patient/doctors", label: "findDoctor" },
    { href: "/patient/profile", label: "patientProfile" },
  ],
  DOCTOR: [
    { href: "/doctor", label: "doctorToday" },
    { href: "/doctor/agenda", label: "doctorAgenda" },
    { href: "/doctor/availability", label: "doctorAvailability" },
    { href: "/doctor/report", label: "doctorReport" },
    { href: "/doctor/profile", label: "doctorProfile" },
    { href: "/account", label: "account" },
  ],
  ADMIN: [
    { href: "/admin", label: "adminDashboard" },
    { href: "/admin/appointments", label: "adminAppointments" },
    { href: "/admin/users", label: "adminUsers" },
    { href: "/admin/specialties", label: "adminSpecialties" },
    { href: "/admin/reports", label: "adminReports" },
    { href: "/admin/settings", label: "adminSettings" },
    { href: "/admin/audit", label: "adminAudit" },
    { href: "/admin/outbox", label: "adminOutbox" },
    { href: "/admin/mailbox", label: "adminMailbox" },
    { href: "/account", label: "account" },
  ],
};
