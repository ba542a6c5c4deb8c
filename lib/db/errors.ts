// PostgreSQL failures as Prisma (P…) or the pg driver (SQLSTATE) surface them, by meaning.

type DbError = {
  code?: string;
  constraint?: string;
  message?: string;
  cause?: DbError;
  meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
} | null;

function codes(error: unknown): string[] {
  const e = error as DbError;
  if (!e) return [];
  return [
    e.code,
    (e.cause as { originalCode?: string } | undefined)?.originalCode,
    e.meta?.driverAdapterError?.cause?.originalCode,
    ...codes(e.cause),
  ].filter((c): c is string => typeof c === "string");
}

/** Postgres unique violation as surfaced by Prisma (P2002) or raw pg (23505). */
export function isUniqueViolation(error: unknown): boolean {
  return codes(error).some((c) => c === "P2002" || c === "23505");
}

/** Postgres exclusion violation (23P01): the overlap constraints on appointments. */
export function isExclusionViolation(error: unknown): boolean {
  return codes(error).includes("23P01") || /23P01|_no_overlap/.test(String((error as DbError)?.message ?? ""));
}

/**
 * PostgreSQL aborted the transaction to break a deadlock (40P01) or a serialization conflict
 * (40001; Prisma's P2034). Nothing it did was kept, so running it again is safe.
 */
export function isTransientConflict(error: unknown): boolean {
  return (
    codes(error).some((c) => c === "40P01" || c === "40001" || c === "P2034") ||
    /deadlock detected/.test(String((error as DbError)?.message ?? ""))
  );
}

/** Prisma found no row to update or delete (P2025): the record was never there or is gone. */
export function isMissingRecord(error: unknown): boolean {
  return codes(error).includes("P2025");
}
