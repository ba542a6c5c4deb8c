import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, paged } from "@/lib/listing/search-params";
import type { UserListQuery } from "./schemas";

function userWhere({ q, role, status }: UserListQuery): Prisma.UserWhereInput {
  const contains = q ? { contains: q, mode: "insensitive" as const } : undefined;
  return {
    ...(role ? { role } : {}),
    ...(status ? { active: status === "active" } : {}),
    ...(contains ? { OR: [{ name: contains }, { email: contains }, { patient: { phone: contains } }] } : {}),
  };
}

/** What every account view shows; never the password hash. */
const accountFields = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  createdAt: true,
  patient: { select: { id: true, phone: true } },
} as const;

/** One page of accounts for the users table, newest first (ties by id so pages never overlap). */
export async function listUsers(query: UserListQuery) {
  const db = getDb();
  const where = userWhere(query);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { ...accountFields, doctor: { select: { id: true, specialty: { select: { name: true } } } } },
    }),
    db.user.count({ where }),
  ]);
  return paged(rows, total, query.page);
}

/** One account with what the details page shows; never the password hash. */
export function getUserForAdmin(userId: string) {
  return getDb().user.findUnique({
    where: { id: userId },
    select: {
      ...accountFields,
      doctor: {
        select: {
          id: true,
          licenseNumber: true,
          feeCents: true,
          slotMinutes: true,
          location: true,
          specialty: { select: { name: true } },
        },
      },
    },
  });
}

/** Whether the account has chosen a password (never the hash itself). */
export async function hasSetPassword(userId: string): Promise<boolean> {
  return (await getDb().user.count({ where: { id: userId, passwordHash: { not: null } } })) > 0;
}

export function countActiveAdmins() {
  return getDb().user.count({ where: { role: "ADMIN", active: true } });
}

/** The doctor's name and account, for pages about one doctor. */
export function getDoctorIdentity(doctorId: string) {
  return getDb().doctorProfile.findUnique({
    where: { id: doctorId },
    select: { user: { select: { id: true, name: true } } },
  });
}
