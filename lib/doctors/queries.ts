import "server-only";
import { getDb } from "@/lib/db/client";
import { practisingUser } from "@/lib/availability/rota";

/** Public facts about the clinic's active doctors, for the landing page and the admin overview. */
export function listActiveDoctors() {
  return getDb().doctorProfile.findMany({
    where: { user: practisingUser },
    orderBy: [{ specialty: { name: "asc" } }, { user: { name: "asc" } }],
    select: {
      id: true,
      yearsOfExperience: true,
      feeCents: true,
      location: true,
      acceptingPatients: true,
      user: { select: { name: true } },
      specialty: { select: { name: true } },
    },
  });
}
