import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { getClinicFigures } from "@/lib/appointments/queries";
import { listActiveDoctors } from "@/lib/doctors/queries";
import { getClinicSettings } from "@/lib/settings/queries";
import { formatMoney } from "@/lib/format/datetime";
import { dayBounds } from "@/lib/scheduling/zoned-day";
import { StatCard } from "@/components/ui/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import { TableScroller } from "@/components/ui/table-scroller";

export const metadata: Metadata = { title: "Clinic dashboard" };

export default async function AdminHome() {
  await requireRole("ADMIN");
  const clinic = await getClinicSettings();
  const now = new Date();
  const [figures, doctors] = await Promise.all([getClinicFigures(dayBounds(now, clinic.timeZone), now), listActiveDoctors()]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Clinic dashboard</h1>
        <p className="text-slate-600">{clinic.name} · {clinic.timeZone}</p>
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <StatCard label="Appointments today" value={figures.todayCount} testId="figure-today" />
        <StatCard label="Awaiting confirmation" value={figures.pending} />
        <StatCard label="Upcoming (all)" value={figures.upcoming} />
        <StatCard label="Active patients" value={figures.patients} testId="figure-patients" />
        <StatCard label="Active doctors" value={figures.doctors} testId="figure-doctors" />
      </div>
      <section aria-labelledby="doctors-heading" className="space-y-3">
        <h2 id="doctors-heading" className="text-lg font-semibold">Doctors</h2>
        {doctors.length ? (
          <TableScroller label="Doctors">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">Name</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Specialty</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Experience</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Fee</th>
                  <th scope="col" className="px-4 py-2 font-semibold">New patients</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {doctors.map((d) => (
                  <tr key={d.id}>
                    <td className="px-4 py-2">{d.user.name}</td>
                    <td className="px-4 py-2">{d.specialty.name}</td>
                    <td className="px-4 py-2">{d.yearsOfExperience} years</td>
                    <td className="px-4 py-2">{formatMoney(d.feeCents)}</td>
                    <td className="px-4 py-2">{d.acceptingPatients ? "Accepting" : "Closed"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        ) : (
          <EmptyState title="No doctors yet" />
        )}
      </section>
    </div>
  );
}
