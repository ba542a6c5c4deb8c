import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { appointmentFilterSchema, appointmentSorts, filterParams } from "@/lib/appointments/schemas";
import { listAppointmentsForAdmin, listDoctorsForFilter } from "@/lib/appointments/queries";
import { hrefWith } from "@/lib/listing/search-params";
import { listSpecialties } from "@/lib/specialties/queries";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/format/datetime";
import { FilterField, FilterForm, filterInputClass, DateRangeFields } from "@/components/admin/filter-controls";
import { STATUS, STATUS_ORDER } from "@/components/appointments/status";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/appointments/status-badge";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Appointments" };

export default async function AppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("ADMIN");
  const filter = appointmentFilterSchema.parse(await searchParams);
  const { timeZone } = await getSchedulingSettings();
  const [result, doctors, specialties] = await Promise.all([
    listAppointmentsForAdmin(filter, timeZone),
    listDoctorsForFilter(),
    listSpecialties(),
  ]);
  const params = filterParams(filter);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Appointments</h1>
        <a
          href={hrefWith("/admin/appointments/export", params)}
          className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
          download
        >
          Export CSV<span className="sr-only"> of the filtered appointments</span>
        </a>
      </div>
      <FilterForm action="/admin/appointments" label="Appointments" clearHref="/admin/appointments">
        <DateRangeFields from={filter.from} to={filter.to} />
        <FilterField id="doctorId" label="Doctor">
          <select id="doctorId" name="doctorId" defaultValue={filter.doctorId ?? ""} className={filterInputClass}>
            <option value="">Any doctor</option>
            {doctors.map((d) => (
              <option key={d.id} value={d.id}>
                {d.user.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="specialtyId" label="Specialty">
          <select
            id="specialtyId"
            name="specialtyId"
            defaultValue={filter.specialtyId ?? ""}
            className={filterInputClass}
          >
            <option value="">Any specialty</option>
            {specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="status" label="Status">
          <select id="status" name="status" defaultValue={filter.status ?? ""} className={filterInputClass}>
            <option value="">Any status</option>
            {STATUS_ORDER.map((value) => (
              <option key={value} value={value}>
                {STATUS[value].label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="patient" label="Patient name or email">
          <input id="patient" name="patient" type="search" defaultValue={filter.patient} className={filterInputClass} />
        </FilterField>
        <FilterField id="sort" label="Sort by date">
          <select id="sort" name="sort" defaultValue={filter.sort} className={filterInputClass}>
            {Object.entries(appointmentSorts).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </FilterField>
      </FilterForm>
      <p className="text-sm text-slate-600">Dates and times are in the clinic&apos;s time zone, {timeZone}.</p>
      {result.rows.length ? (
        <DataTable
          label="Appointments"
          columns={["When", "Patient", "Doctor", "Status", "Reason"]}
          testId="appointments-table"
        >
          {result.rows.map((a) => (
            <tr key={a.id}>
              <td className={`${cellClass} whitespace-nowrap`}>
                <Link
                  href={`/admin/appointments/${a.id}`}
                  className="font-medium text-teal-800 underline-offset-2 hover:underline"
                >
                  {formatDateTime(a.startsAt, timeZone)}
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
        <EmptyState title="No appointments match">Try a wider date range or fewer filters.</EmptyState>
      )}
      <Pager
        page={result.page}
        pageCount={result.pageCount}
        counted={result.total === 1 ? "1 appointment" : `${result.total} appointments`}
        hrefFor={(page) => hrefWith("/admin/appointments", { ...params, page })}
      />
    </div>
  );
}
