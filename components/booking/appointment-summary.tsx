import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";

type Props = {
  doctorName: string;
  specialty: string;
  location: string | null;
  start: Date;
  end: Date;
  timeZone: string;
  reason?: string;
};

export async function AppointmentSummary({ doctorName, specialty, location, start, end, timeZone, reason }: Props) {
  const [t, format] = await Promise.all([getTranslations("booking.summary"), getFormat(timeZone)]);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-600">{t("when")}</dt>
      <dd data-testid="appointment-when">
        {format.dateTime(start)}–{format.time(end)} {format.zone(start)}
      </dd>
      <dt className="font-medium text-slate-600">{t("doctor")}</dt>
      <dd>
        {doctorName} · {specialty}
      </dd>
      {location ? (
        <>
          <dt className="font-medium text-slate-600">{t("where")}</dt>
          <dd>{location}</dd>
        </>
      ) : null}
      {reason ? (
        <>
          <dt className="font-medium text-slate-600">{t("reason")}</dt>
          <dd>{reason}</dd>
        </>
      ) : null}
    </dl>
  );
}
