import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { AUDIT_ACTIONS, AUDIT_FAMILIES } from "@/lib/audit/actions";
import { listAuditEvents } from "@/lib/audit/queries";
import { hrefWith } from "@/lib/listing/search-params";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { FilterField, FilterForm, filterInputClass, DateRangeFields } from "@/components/admin/filter-controls";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { Pager } from "@/components/ui/pager";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Audit log" };

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
  const { timeZone } = await getSchedulingSettings();
  const result = await listAuditEvents(filter, timeZone);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="text-slate-700">
          Every sign-in, account change, settings change and access to patient data, as recorded. Entries cannot be
          edited or deleted.
        </p>
      </div>
      <FilterForm action="/admin/audit" label="Audit log" clearHref="/admin/audit">
        <FilterField id="action" label="Event">
          <select id="action" name="action" defaultValue={filter.action ?? ""} className={filterInputClass}>
            <option value="">Any event</option>
            {AUDIT_FAMILIES.map((family) => (
              <option key={family} value={`${family}.`}>
                All {family}.* events
              </option>
            ))}
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="actor" label="Who (name or email)">
          <input id="actor" name="actor" type="search" defaultValue={filter.actor} className={filterInputClass} />
        </FilterField>
        <FilterField id="entityType" label="Record type">
          <select id="entityType" name="entityType" defaultValue={filter.entityType ?? ""} className={filterInputClass}>
            <option value="">Any record</option>
            {["user", "patient", "appointment", "clinic_settings", "holiday", "specialty"].map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="entityId" label="Record ID">
          <input id="entityId" name="entityId" defaultValue={filter.entityId} className={filterInputClass} />
        </FilterField>
        <DateRangeFields from={filter.from} to={filter.to} />
      </FilterForm>
      {result.rows.length ? (
        <DataTable label="Audit events" columns={["When", "Who", "Event", "Record", "Details"]} testId="audit-table">
          {result.rows.map((e) => {
            const href = recordHref(e.entityType, e.entityId);
            return (
              <tr key={e.id.toString()}>
                <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(e.createdAt, timeZone)}</td>
                <td className={cellClass}>
                  {e.actor ? e.actor.name : <span className="text-slate-600">Unknown or signed out</span>}
                  {e.actor ? <span className="block text-xs text-slate-600">{e.actor.email}</span> : null}
                  {e.ip ? <span className="block text-xs text-slate-600">IP {e.ip}</span> : null}
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
        <EmptyState title="No events match">Try a wider date range or fewer filters.</EmptyState>
      )}
      <Pager
        page={result.page}
        pageCount={result.pageCount}
        counted={result.total === 1 ? "1 event" : `${result.total} events`}
        hrefFor={(page) => hrefWith("/admin/audit", { ...filter, page })}
      />
    </div>
  );
}
