import "server-only";
import { getDb } from "@/lib/db/client";

/** Every specialty, for search filters and the doctor forms. */
export function listSpecialties() {
  return getDb().specialty.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Every specialty with how many doctors have it (a specialty in use cannot be deleted). */
export function listSpecialtiesWithUse() {
  return getDb().specialty.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, synonyms: true, _count: { select: { doctors: true } } },
  });
}
