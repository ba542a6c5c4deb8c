// Field lists shared by the appointment views of every role, so they show the same facts.
import type { Prisma } from "@/lib/generated/prisma/client";

/** Whose, when, what state, and why: the facts every appointment view shows (and its policy judges). */
export const appointmentFacts = {
  id: true,
  patientId: true,
  doctorId: true,
  startsAt: true,
  endsAt: true,
  status: true,
  reason: true,
} as const satisfies Prisma.AppointmentSelect;

/** A visit's notes, oldest first, with who wrote them. */
export const visitNotesSelect = {
  orderBy: { createdAt: "asc" },
  select: {
    id: true,
    body: true,
    authorId: true,
    createdAt: true,
    updatedAt: true,
    author: { select: { name: true } },
  },
} as const satisfies Prisma.Appointment$notesArgs;
