import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getNextFreeSlots } from "@/lib/availability/service";
import type { SchedulingSettings } from "@/lib/settings/queries";
import { practisingUser } from "@/lib/availability/rota";
import type { DoctorSearch } from "./schemas";
import { foldText, searchWords, surnameOf } from "./search-words";

const doctorsPerPage = 10;
const DAY_MS = 86_400_000;

/** How close a typed word must be to a word of a name (0–1, pg_trgm word_similarity): "okafr" ≈ "okafor" is 0.67. */
const NAME_MATCH = 0.5;
/** Specialties and their synonyms need a closer match: short words ("gp", "eye") must not match by accident. */
const TERM_MATCH = 0.6;

/**
 * Doctors whose name, specialty or specialty synonyms match every word typed, in any order, with
 * small typos and without accents (pg_trgm + unaccent); titles such as "Dr" are ignored. A phrase
 * that is itself a synonym ("family doctor") matches too. Inactive doctors are filtered by the caller.
 */
async function matchingDoctorIds(query: string): Promise<string[]> {
  const words = searchWords(query);
  const phrase = foldText(query);
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT d.id FROM doctor_profiles d
      JOIN users u ON u.id = d.user_id
      JOIN specialties s ON s.id = d.specialty_id
     WHERE NOT EXISTS (
             SELECT 1 FROM unnest(${words}::text[]) AS w(word)
              WHERE word_similarity(w.word, unaccent(lower(u.name))) < ${NAME_MATCH}
                AND word_similarity(w.word, unaccent(lower(s.name))) < ${TERM_MATCH}
                AND NOT EXISTS (SELECT 1 FROM unnest(s.synonyms) AS syn(term)
                                 WHERE word_similarity(w.word, unaccent(lower(syn.term))) >= ${TERM_MATCH}))
        OR EXISTS (SELECT 1 FROM unnest(s.synonyms) AS syn(term)
                    WHERE similarity(${phrase}, unaccent(lower(syn.term))) >= ${TERM_MATCH})`;
  return rows.map((r) => r.id);
}

/**
 * Doctors matching the search, each with their next free slot. Filters on stored columns run in
 * SQL; "free within N days" and "sort by next free time" need the engine, which runs for every
 * matching doctor in one batch (a clinic has tens to hundreds of doctors; see bench/).
 */
export async function searchDoctors(search: DoctorSearch, settings: SchedulingSettings, now: Date) {
  const where: Prisma.DoctorProfileWhereInput = {
    user: practisingUser,
    ...(search.specialty ? { specialtyId: search.specialty } : {}),
    ...(search.minYears !== undefined ? { yearsOfExperience: { gte: search.minYears } } : {}),
    feeCents: {
      ...(search.minFee !== undefined ? { gte: search.minFee * 100 } : {}),
      ...(search.maxFee !== undefined ? { lte: search.maxFee * 100 } : {}),
    },
    ...(search.q && searchWords(search.q).length ? { id: { in: await matchingDoctorIds(search.q) } } : {}),
  };
  const doctors = await getDb().doctorProfile.findMany({
    where,
    select: {
      id: true,
      yearsOfExperience: true,
      feeCents: true,
      location: true,
      bio: true,
      acceptingPatients: true,
      user: { select: { name: true } },
      specialty: { select: { name: true } },
    },
  });
  const next = await getNextFreeSlots(
    doctors.map((d) => d.id),
    settings,
    now,
  );
  const horizon = search.within ? now.getTime() + search.within * DAY_MS : Infinity;
  const withNext = doctors
    .map((d) => ({ ...d, nextFree: next.get(d.id) ?? null }))
    .filter((d) => !search.within || (d.nextFree !== null && d.nextFree.start.getTime() <= horizon));

  const byName = (a: (typeof withNext)[number], b: (typeof withNext)[number]) =>
    surnameOf(a.user.name).localeCompare(surnameOf(b.user.name)) || a.user.name.localeCompare(b.user.name);
  const compare: Record<DoctorSearch["sort"], (a: (typeof withNext)[number], b: (typeof withNext)[number]) => number> =
    {
      next: (a, b) =>
        (a.nextFree?.start.getTime() ?? Infinity) - (b.nextFree?.start.getTime() ?? Infinity) || byName(a, b),
      name: byName,
      fee: (a, b) => a.feeCents - b.feeCents || byName(a, b),
      experience: (a, b) => b.yearsOfExperience - a.yearsOfExperience || byName(a, b),
    };
  withNext.sort(compare[search.sort]);

  const pageCount = Math.max(1, Math.ceil(withNext.length / doctorsPerPage));
  const page = Math.min(search.page, pageCount);
  return {
    doctors: withNext.slice((page - 1) * doctorsPerPage, page * doctorsPerPage),
    total: withNext.length,
    page,
    pageCount,
  };
}

/** A doctor's public profile, for the booking pages. */
export function getDoctorProfile(doctorId: string) {
  return getDb().doctorProfile.findFirst({
    where: { id: doctorId, user: practisingUser },
    select: {
      id: true,
      yearsOfExperience: true,
      feeCents: true,
      location: true,
      bio: true,
      slotMinutes: true,
      acceptingPatients: true,
      user: { select: { name: true } },
      specialty: { select: { name: true } },
    },
  });
}
