import type { Db } from "@/lib/db/create-client";

/**
 * Backends of this database waiting for a lock. Read through `db`, outside the transaction under
 * test: inside one, PostgreSQL keeps showing the activity view as it was when first read.
 */
export async function countLockWaits(db: Db): Promise<number> {
  const rows = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return rows[0]!.n;
}
