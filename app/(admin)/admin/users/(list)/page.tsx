import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { userListQuerySchema } from "@/lib/staff/schemas";
import { listUsers } from "@/lib/staff/queries";
import { hrefWith } from "@/lib/listing/search-params";
import { FilterField, FilterForm, filterInputClass } from "@/components/admin/filter-controls";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { Pager } from "@/components/ui/pager";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN");
  const [roleLabel, t, format] = await Promise.all([
    getTranslations("common.roles"),
    getTranslations("admin.users"),
    getFormat(),
  ]);
  const query = userListQuerySchema.parse(await searchParams);
  const result = await listUsers(query);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link
            href="/admin/users/new/doctor"
            className="rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800"
          >
            {t("newDoctor")}
          </Link>
          <Link
            href="/admin/users/new/admin"
            className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
          >
            {t("newAdmin")}
          </Link>
        </div>
      </div>
      <FilterForm action="/admin/users" label={t("title")} clearHref="/admin/users">
        <div className="sm:col-span-2">
          <FilterField id="q" label={t("search")}>
            <input id="q" name="q" type="search" defaultValue={query.q} className={filterInputClass} />
          </FilterField>
        </div>
        <FilterField id="role" label={t("role")}>
          <select id="role" name="role" defaultValue={query.role ?? ""} className={filterInputClass}>
            <option value="">{t("anyRole")}</option>
            <option value="PATIENT">{roleLabel("PATIENT")}</option>
            <option value="DOCTOR">{roleLabel("DOCTOR")}</option>
            <option value="ADMIN">{roleLabel("ADMIN")}</option>
          </select>
        </FilterField>
        <FilterField id="status" label={t("status")}>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={filterInputClass}>
            <option value="">{t("anyStatus")}</option>
            <option value="active">{t("active")}</option>
            <option value="inactive">{t("deactivated")}</option>
          </select>
        </FilterField>
      </FilterForm>
      {result.rows.length ? (
        <DataTable
          label={t("title")}
          columns={[t("name"), t("email"), t("role"), t("phone"), t("status"), t("joined")]}
          testId="users-table"
        >
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
                {u.active ? t("active") : <span className="font-medium text-red-800">{t("deactivated")}</span>}
              </td>
              <td className={`${cellClass} whitespace-nowrap`}>{format.date(u.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      )}
      <Pager
        page={result.page}
        pageCount={result.pageCount}
        counted={t("counted", { count: result.total })}
        hrefFor={(page) => hrefWith("/admin/users", { ...query, page })}
      />
    </div>
  );
}
