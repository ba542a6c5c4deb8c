import { formatDateTime, formatTime, zoneAbbreviation } from "@/lib/format/datetime";

type Props = {
  doctorName: string;
  specialty: string;
  location: string | null;
  start: Date;
  end: Date;
  timeZone: string;
  reason?: string;
};

export function AppointmentSummary({ doctorName, specialty, location, start, end, timeZone, reason }: Props) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-600">When</dt>
      <dd data-testid="appointment-when">
        {formatDateTime(start, timeZone)}–{formatTime(end, timeZone)} {zoneAbbreviation(start, timeZone)}
      </dd>
      <dt className="font-medium text-slate-600">Doctor</dt>
      <dd>
        {doctorName} · {specialty}
      </dd>
      {location ? (
        <>
          <dt className="font-medium text-slate-600">Where</dt>
          <dd>{location}</dd>
        </>
      ) : null}
      {reason ? (
        <>
          <dt className="font-medium text-slate-600">Reason</dt>
          <dd>{reason}</dd>
        </>
      ) : null}
    </dl>
  );
}
