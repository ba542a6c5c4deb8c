import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/**
 * How long a transaction may wait for a pooled connection, and run. Prisma's defaults (2 s, 5 s) turn
 * a burst of bookings into "Unable to start a transaction" errors once the pool is busy; a clinic's
 * booking should queue for a moment instead.
 */
const transactionOptions = { maxWait: 15_000, timeout: 20_000 };

/** A Prisma client over adapter-pg. The app keeps one (lib/db/client.ts); scripts and tests make their own. */
export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }), transactionOptions });
}
