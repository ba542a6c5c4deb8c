import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { appointmentFilterSchema, appointmentSorts, filterParams } from "@/lib/appointments/schemas";
import { listAppointmentsForAdmin, listDoctorsForFilter } from "@/lib/appointments/queries";
import { hrefWith } from "@/lib/listing/search-params";
import { listSpecialties } from "@/lib/specialties/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { FilterField, FilterForm, filterInputClass, DateRangeFields } from "@/components/admin/filter-controls";
import { STATUS_ORDER } from "@/components/appointments/status";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/appointments/status-badge";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.appointments"))("title") };
}

export default async function AppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN");
  const filter = appointmentFilterSchema.parse(await searchParams);
  const [{ timeZone }, format, t, status] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("admin.appointments"),
    getTranslations("status"),
  ]);
  const [result, doctors, specialties] = await Promise.all([
    listAppointmentsForAdmin(filter, timeZone),
    listDoctorsForFilter(),
    listSpecialties(),
  ]);
  const params = filterParams(filter);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <a
          href={hrefWith("/admin/appointments/export", params)}
          className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
          download
        >
          {t("export")}
          <span className="sr-only"> {t("exportWhat")}</span>
        </a>
      </div>
      <FilterForm action="/admin/appointments" label={t("title")} clearHref="/admin/appointments">
        <DateRangeFields from={filter.from} to={filter.to} />
        <FilterField id="doctorId" label={t("doctor")}>
          <select id="doctorId" name="doctorId" defaultValue={filter.doctorId ?? ""} className={filterInputClass}>
            <option value="">{t("anyDoctor")}</option>
            {doctors.map((d) => (
              <option key={d.id} value={d.id}>
                {d.user.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="specialtyId" label={t("specialty")}>
          <select
            id="specialtyId"
            name="specialtyId"
            defaultValue={filter.specialtyId ?? ""}
            className={filterInputClass}
          >
            <option value="">{t("anySpecialty")}</option>
            {specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="status" label={t("status")}>
          <select id="status" name="status" defaultValue={filter.status ?? ""} className={filterInputClass}>
            <option value="">{t("anyStatus")}</option>
            {STATUS_ORDER.map((value) => (
              <option key={value} value={value}>
                {status(value)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="patient" label={t("patientSearch")}>
          <input id="patient" name="patient" type="search" defaultValue={filter.patient} className={filterInputClass} />
        </FilterField>
        <FilterField id="sort" label={t("sort")}>
          <select id="sort" name="sort" defaultValue={filter.sort} className={filterInputClass}>
            {Object.entries(appointmentSorts).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </FilterField>
      </FilterForm>
      <p className="text-sm text-slate-600">{t("zoneNote", { zone: timeZone })}</p>
      {result.rows.length ? (
        <DataTable
          label={t("title")}
          columns={[t("when"), t("patient"), t("doctor"), t("status"), t("reason")]}
          testId="appointments-table"
        >
          {result.rows.map((a) => (
            <tr key={a.id}>
              <td className={`${cellClass} whitespace-nowrap`}>
                <Link
                  href={`/admin/appointments/${a.id}`}
                  className="font-medium text-teal-800 underline-offset-2 hover:underline"
                >
                  {format.dateTime(a.startsAt)}
                </Link>
              </td>
              <td className={cellClass}>{a.patient.user.name}</td>
              <td className={cellClass}>
                {a.doctor.user.name}
                <span className="block text-xs text-slate-600">{a.doctor.specialty.name}</span>
              </td>
              <td className={cellClass}>
                <StatusBadge status={a.status} />
              </td>
              <td className={`${cellClass} max-w-xs`}>{a.reason}</td>
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
        hrefFor={(page) => hrefWith("/admin/appointments", { ...params, page })}
      />
    </div>
  );
}
