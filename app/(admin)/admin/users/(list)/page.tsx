import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { userListQuerySchema } from "@/lib/staff/schemas";
import { listUsers } from "@/lib/staff/queries";
import { hrefWith } from "@/lib/listing/search-params";
import { getTranslations } from "next-intl/server";
import { FilterField, FilterForm, filterInputClass } from "@/components/admin/filter-controls";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { Pager } from "@/components/ui/pager";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN");
  const roleLabel = await getTranslations("common.roles");
  const query = userListQuerySchema.parse(await searchParams);
  const result = await listUsers(query);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Users</h1>
        <div className="flex flex-wrap gap-2">
          <Link
            href="/admin/users/new/doctor"
            className="rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800"
          >
            New doctor
          </Link>
          <Link
            href="/admin/users/new/admin"
            className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
          >
            New administrator
          </Link>
        </div>
      </div>
      <FilterForm action="/admin/users" label="Users" clearHref="/admin/users">
        <div className="sm:col-span-2">
          <FilterField id="q" label="Name, email or phone">
            <input id="q" name="q" type="search" defaultValue={query.q} className={filterInputClass} />
          </FilterField>
        </div>
        <FilterField id="role" label="Role">
          <select id="role" name="role" defaultValue={query.role ?? ""} className={filterInputClass}>
            <option value="">Any role</option>
            <option value="PATIENT">Patient</option>
            <option value="DOCTOR">Doctor</option>
            <option value="ADMIN">Administrator</option>
          </select>
        </FilterField>
        <FilterField id="status" label="Status">
          <select id="status" name="status" defaultValue={query.status ?? ""} className={filterInputClass}>
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="inactive">Deactivated</option>
          </select>
        </FilterField>
      </FilterForm>
      {result.rows.length ? (
        <DataTable label="Users" columns={["Name", "Email", "Role", "Phone", "Status", "Joined"]} testId="users-table">
          {result.rows.map((u) => (
            <tr key={u.id}>
              <td className={cellClass}>
                <Link
                  href={`/admin/users/${u.id}`}
                  className="font-medium text-teal-800 underline-offset-2 hover:underline"
                >
                  {u.name}
                </Link>
              </td>
              <td className={cellClass}>{u.email}</td>
              <td className={cellClass}>
                {roleLabel(u.role)}
                {u.doctor ? <span className="block text-xs text-slate-600">{u.doctor.specialty.name}</span> : null}
              </td>
              <td className={cellClass}>{u.patient?.phone ?? "—"}</td>
              <td className={cellClass}>
                {u.active ? "Active" : <span className="font-medium text-red-800">Deactivated</span>}
              </td>
              <td className={`${cellClass} whitespace-nowrap`}>{u.createdAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title="No users match">Try another search or fewer filters.</EmptyState>
      )}
      <Pager
        page={result.page}
        pageCount={result.pageCount}
        counted={result.total === 1 ? "1 user" : `${result.total} users`}
        hrefFor={(page) => hrefWith("/admin/users", { ...query, page })}
      />
    </div>
  );
}
