import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { requireRole } from "@/lib/auth/session";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { AUDIT_ACTIONS, AUDIT_FAMILIES } from "@/lib/audit/actions";
import { listAuditEvents } from "@/lib/audit/queries";
import { hrefWith } from "@/lib/listing/search-params";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { FilterField, FilterForm, filterInputClass, DateRangeFields } from "@/components/admin/filter-controls";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { Pager } from "@/components/ui/pager";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

/** Where a record can be opened in the console, if anywhere. */
function recordHref(entityType: string | null, entityId: string | null): string | null {
  if (!entityId) return null;
  if (entityType === "user") return `/admin/users/${entityId}`;
  if (entityType === "appointment") return `/admin/appointments/${entityId}`;
  if (entityType === "patient") return `/admin/patients/${entityId}`;
  return null;
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN");
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ timeZone }, format, t] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("admin.audit"),
  ]);
  const result = await listAuditEvents(filter, timeZone);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <FilterForm action="/admin/audit" label={t("title")} clearHref="/admin/audit">
        <FilterField id="action" label={t("event")}>
          <select id="action" name="action" defaultValue={filter.action ?? ""} className={filterInputClass}>
            <option value="">{t("anyEvent")}</option>
            {AUDIT_FAMILIES.map((family) => (
              <option key={family} value={`${family}.`}>
                {t("family", { family })}
              </option>
            ))}
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="actor" label={t("actor")}>
          <input id="actor" name="actor" type="search" defaultValue={filter.actor} className={filterInputClass} />
        </FilterField>
        <FilterField id="entityType" label={t("recordType")}>
          <select id="entityType" name="entityType" defaultValue={filter.entityType ?? ""} className={filterInputClass}>
            <option value="">{t("anyRecord")}</option>
            {["user", "patient", "appointment", "clinic_settings", "holiday", "specialty"].map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="entityId" label={t("recordId")}>
          <input id="entityId" name="entityId" defaultValue={filter.entityId} className={filterInputClass} />
        </FilterField>
        <DateRangeFields from={filter.from} to={filter.to} />
      </FilterForm>
      {result.rows.length ? (
        <DataTable
          label={t("events")}
          columns={[t("when"), t("who"), t("event"), t("record"), t("details")]}
          testId="audit-table"
        >
          {result.rows.map((e) => {
            const href = recordHref(e.entityType, e.entityId);
            return (
              <tr key={e.id.toString()}>
                <td className={`${cellClass} whitespace-nowrap`}>{format.dateTime(e.createdAt)}</td>
                <td className={cellClass}>
                  {e.actor ? e.actor.name : <span className="text-slate-600">{t("unknownActor")}</span>}
                  {e.actor ? <span className="block text-xs text-slate-600">{e.actor.email}</span> : null}
                  {e.ip ? <span className="block text-xs text-slate-600">{t("ip", { ip: e.ip })}</span> : null}
                </td>
                <td className={`${cellClass} font-mono text-xs`}>{e.action}</td>
                <td className={cellClass}>
                  {e.entityType ?? "—"}
                  {e.entityId ? (
                    <span className="block break-all font-mono text-xs">
                      {href ? (
                        <Link href={href} className="text-teal-800 underline">
                          {e.entityId}
                        </Link>
                      ) : (
                        e.entityId
                      )}
                    </span>
                  ) : null}
                </td>
                <td className={`${cellClass} max-w-sm break-words font-mono text-xs`}>
                  {e.detail ? JSON.stringify(e.detail) : ""}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      )}
      <Pager
        page={result.page}
        pageCount={result.pageCount}
        counted={t("counted", { count: result.total })}
        hrefFor={(page) => hrefWith("/admin/audit", { ...filter, page })}
      />
    </div>
  );
}
